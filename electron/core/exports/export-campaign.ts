import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { ApiFailure } from '../../../shared/api/errors';
import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/exports/contract';
import { getCampaign } from '../campaigns/campaigns-repo';
import { campaignDraftLetters } from '../campaigns/drafts-repo';
import { getRecipientsByIds } from '../recipients/recipients-query';
import { getTemplate } from '../templates/templates-repo';
import { countryNames } from '../recipients/countries';
import { renderCombined, renderLetter, safeFileName, type ExportLetter } from './docx';
import { renderPdfCombined, renderPdfLetter } from './pdf';
import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';
import { addressBlock, endorserLines, placeAndDate, readSenderParts } from './letter-parts';

export { EXPORT_FORMATS, type ExportFormat };

/** What a format makes: its file type, and how the letters are packed. */
export function formatParts(format: ExportFormat): { type: 'docx' | 'pdf'; packing: 'files' | 'zip' | 'combined' } {
  if (format === 'pdf') return { type: 'pdf', packing: 'files' };
  if (format === 'pdf-zip') return { type: 'pdf', packing: 'zip' };
  if (format === 'pdf-combined') return { type: 'pdf', packing: 'combined' };
  return { type: 'docx', packing: format };
}

const RENDERERS = {
  docx: { one: renderLetter, many: renderCombined },
  pdf: { one: renderPdfLetter, many: renderPdfCombined },
} as const;

export interface ExportOptions {
  format: ExportFormat;
  /** Drafts that need attention are left out unless the user says otherwise. */
  includeAttention: boolean;
  /** Cited facts' sources as footnotes or as a "Sources" section at the end (the default). */
  sourcesMode?: 'footnotes' | 'section';
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export interface RenderedLetter {
  draftId: string;
  recipientId: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface ExportOutput {
  campaign: CampaignSummary;
  /** What to write: one file per letter, one ZIP, or one combined print file. */
  files: { name: string; bytes: Uint8Array }[];
  letters: { draftId: string; recipientId: string; fileName: string; sha256: string }[];
  skipped: DraftRow[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function cancelled(): never {
  throw new ApiFailure('conflict', 'The export was cancelled. No file was written.');
}

/** Renders a campaign's letters in memory; nothing touches the disk or the store. */
export async function renderCampaign(db: Db, campaignId: string, options: ExportOptions): Promise<ExportOutput> {
  const campaign = getCampaign(db, campaignId);
  if (!campaign) throw new ApiFailure('not_found', 'That campaign no longer exists.');
  const template = getTemplate(db, campaign.templateId);
  if (!template) throw new ApiFailure('not_found', "The campaign's template no longer exists.");
  const drafts = campaignDraftLetters(db, campaign);
  const chosen = drafts.filter((d) => options.includeAttention || d.row.state !== 'attention');
  const skipped = drafts.filter((d) => !chosen.includes(d)).map((d) => d.row);
  if (chosen.length === 0) {
    throw new ApiFailure('invalid_input', 'No letter is ready to export: every draft needs attention. Fix them, or choose to include them anyway.');
  }
  const sender = readSenderParts(db, campaign.id);
  const recipients = getRecipientsByIds(
    db,
    chosen.map((d) => d.row.recipientId),
  );
  const { type, packing } = formatParts(options.format);
  const render = RENDERERS[type];
  // safeFileName names every file .docx; the PDF's name is the same with its own extension (as long, so as unique).
  const named = (name: string) => (type === 'pdf' ? name.replace(/\.docx$/, '.pdf') : name);
  const taken = new Set<string>();
  const letters: (ExportLetter & { draftId: string; recipientId: string; fileName: string })[] = chosen.map((d) => {
    const recipient = recipients.get(d.row.recipientId)!;
    const language = d.row.language;
    return {
      draftId: d.row.id,
      recipientId: recipient.id,
      fileName: named(
        safeFileName(
          {
            reference: d.row.reference,
            country: countryNames(recipient.countryCode)?.[language] ?? recipient.countryCode,
            recipient: recipient.name || recipient.office,
          },
          taken,
        ),
      ),
      kind: template.kind,
      language,
      paperSize: template.paperSize,
      organisation: sender.organisation,
      placeAndDate: placeAndDate(sender.place, campaign.letterDate, language),
      reference: d.row.reference,
      title: d.variant.title || undefined,
      // One address block a letter: the export's, unless the letter's own text already holds it.
      addressBlock: template.kind === 'letter' && !d.addressInBody ? addressBlock(recipient, language) : undefined,
      body: d.merge.document,
      signers: sender.signers,
      endorsers: endorserLines(sender.endorsers, language),
      sources: d.merge.facts.length > 0 ? { mode: options.sourcesMode ?? 'section', facts: d.merge.facts.filter((f) => !f.missing) } : undefined,
    };
  });

  const rendered: RenderedLetter[] = [];
  if (packing === 'combined') {
    if (options.signal?.aborted) cancelled();
    const bytes = await render.many(letters);
    options.onProgress?.(letters.length, letters.length);
    const name = named(safeFileName({ reference: campaign.referencePrefix, country: campaign.name, recipient: `${letters.length} letters` }, new Set()));
    const hash = sha256(bytes);
    return {
      campaign,
      files: [{ name, bytes }],
      letters: letters.map((l) => ({ draftId: l.draftId, recipientId: l.recipientId, fileName: name, sha256: hash })),
      skipped,
    };
  }
  for (const letter of letters) {
    if (options.signal?.aborted) cancelled();
    rendered.push({ draftId: letter.draftId, recipientId: letter.recipientId, fileName: letter.fileName, bytes: await render.one(letter) });
    options.onProgress?.(rendered.length, letters.length);
  }
  const summary = rendered.map((r) => ({ draftId: r.draftId, recipientId: r.recipientId, fileName: r.fileName, sha256: sha256(r.bytes) }));
  if (packing === 'zip') {
    // The letters are compressed already (DOCX is a ZIP, a PDF's streams are deflated): storing them again uncompressed is about fifteen times faster.
    const zip = zipSync(Object.fromEntries(rendered.map((r) => [r.fileName, r.bytes])), { level: 0 });
    const name = safeFileName({ reference: campaign.referencePrefix, country: campaign.name, recipient: `${rendered.length} letters` }, new Set()).replace(
      /\.docx$/,
      '.zip',
    );
    return { campaign, files: [{ name, bytes: zip }], letters: summary, skipped };
  }
  return { campaign, files: rendered.map((r) => ({ name: r.fileName, bytes: r.bytes })), letters: summary, skipped };
}

/**
 * Writes every file as `<name>.part`, then renames them all: an export that
 * fails or is cancelled midway leaves no half-written file behind.
 */
export function writeExport(output: ExportOutput, dir: string, signal?: AbortSignal): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const parts: string[] = [];
  try {
    for (const file of output.files) {
      if (signal?.aborted) cancelled();
      const part = path.join(dir, `${file.name}.part`);
      fs.writeFileSync(part, file.bytes);
      parts.push(part);
    }
    return parts.map((part) => {
      const final = part.slice(0, -'.part'.length);
      fs.renameSync(part, final);
      return final;
    });
  } catch (error) {
    for (const part of parts) fs.rmSync(part, { force: true });
    throw error;
  }
}

/** Records one "exported" contact event per letter, with the SHA-256 of its file, in one transaction. */
export function recordExport(db: Db, output: ExportOutput, format: ExportFormat): void {
  db.transaction(() => {
    const at = nowIso();
    const insert = db.prepare(
      `INSERT INTO contact_events (id, campaign_id, recipient_id, draft_id, kind, occurred_on, note, file_sha256, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'exported', ?, ?, ?, ?, ?)`,
    );
    for (const letter of output.letters) {
      insert.run(newId(), output.campaign.id, letter.recipientId, letter.draftId, at.slice(0, 10), `${format}: ${letter.fileName}`, letter.sha256, at, at);
    }
    logActivity(db, {
      action: 'create',
      entityType: 'campaign',
      entityId: output.campaign.id,
      summary: `Exported ${output.letters.length} letters (${format})`,
    });
  })();
}
