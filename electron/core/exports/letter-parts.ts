import type { Language, Recipient } from '../../../shared/recipients/schemas';
import { formatIsoDate } from '../../../shared/letter/merge';
import { formsOfAddress, getCountry, type OfficeType } from '../../../shared/protocol';
import type { ExportImage, ExportLetter } from './docx';
import type { Db } from '../db/database';

/*
 * The parts of a printed letter that come from the store rather than the
 * template: letterhead, signers, endorsers, the address block and the
 * place-and-date line. Read once per export and shared by every letter.
 */

export interface SenderParts {
  organisation: ExportLetter['organisation'];
  place: string;
  paperSize: 'A4' | 'Letter';
  signers: ExportLetter['signers'];
  endorsers: { name: string; countryCode: string | null }[];
}

export function readImage(db: Db, id: string | null): ExportImage | undefined {
  if (!id) return undefined;
  const row = db.prepare('SELECT data, mime, width, height FROM images WHERE id = ?').get(id) as
    { data: Buffer; mime: string; width: number; height: number } | undefined;
  return row && { data: new Uint8Array(row.data), type: row.mime === 'image/png' ? 'png' : 'jpg', widthPx: row.width, heightPx: row.height };
}

export function readSenderParts(db: Db, campaignId: string): SenderParts {
  const org = db.prepare('SELECT name, address, contacts, logo_image_id, paper_size, place FROM organisation').get() as
    { name: string; address: string; contacts: string; logo_image_id: string | null; paper_size: 'A4' | 'Letter'; place: string } | undefined;
  const signers = db
    .prepare(
      'SELECT s.name, s.title, s.signature_image_id FROM campaign_signers cs JOIN signers s ON s.id = cs.signer_id WHERE cs.campaign_id = ? ORDER BY cs.position',
    )
    .all(campaignId) as { name: string; title: string; signature_image_id: string | null }[];
  // Only organisations that agreed are printed.
  const endorsers = db
    .prepare(
      `SELECT e.name, e.country_code FROM campaign_endorsers ce JOIN endorsers e ON e.id = ce.endorser_id
       WHERE ce.campaign_id = ? AND e.status = 'agreed' ORDER BY ce.position`,
    )
    .all(campaignId) as { name: string; country_code: string | null }[];
  return {
    organisation: { name: org?.name ?? '', address: org?.address ?? '', contacts: org?.contacts || undefined, logo: readImage(db, org?.logo_image_id ?? null) },
    place: org?.place ?? '',
    paperSize: org?.paper_size ?? 'A4',
    signers: signers.map((s) => ({ name: s.name, title: s.title, signature: readImage(db, s.signature_image_id) })),
    endorsers: endorsers.map((e) => ({ name: e.name, countryCode: e.country_code })),
  };
}

export function placeAndDate(place: string, letterDate: string, language: Language): string {
  const date = formatIsoDate(letterDate, language);
  return place ? `${place}, ${date}` : date;
}

/** The recipient's address block in the letter's language, per-recipient overrides included. */
export function addressBlock(recipient: Recipient, language: Language): string[] {
  const country = getCountry(recipient.countryCode);
  if (!country) return [recipient.name, recipient.office, ...recipient.postalAddress.split('\n')].filter(Boolean);
  return formsOfAddress({
    office: recipient.officeType as OfficeType,
    customTitle: recipient.office,
    gender: recipient.gender,
    country,
    language,
    name: recipient.name,
    postalAddress: recipient.postalAddress,
    overrides: recipient.overrides,
  }).addressBlock;
}

export function endorserLines(endorsers: SenderParts['endorsers'], language: Language): ExportLetter['endorsers'] {
  return endorsers.map((e) => ({ name: e.name, country: e.countryCode ? getCountry(e.countryCode)?.names[language].common : undefined }));
}
