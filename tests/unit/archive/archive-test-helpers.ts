import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../../electron/core/api/dispatch';
import type { Db } from '../../../electron/core/db/database';
import { dataTables } from '../../../electron/core/archive/snapshot-schema';
import type { TempWorkspace } from '../../helpers/temp-workspace';
import { makePng } from '../senders/sender-test-helpers';

/** Calls an operation through dispatch (validation included); throws its message on failure. */
export async function call<T = unknown>(t: TempWorkspace, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(t.handlers, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data as T;
}

/** The refusal an operation answers with: its code, message and issue codes. */
export async function refusal(t: TempWorkspace, name: string, input: unknown = {}): Promise<{ code: string; message: string; issues: string[] }> {
  const result = await dispatch(t.handlers, name, input);
  if (result.ok) throw new Error(`${name} succeeded; a refusal was expected`);
  return { code: result.error.code, message: result.error.message, issues: result.error.issues.map((i) => i.code) };
}

/** A small but real PDF: the attachment check reads the first bytes. */
export const PDF = Buffer.concat([
  Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
  Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)),
  Buffer.from('\n%%EOF\n'),
]);

export interface Populated {
  recipientIds: string[];
  campaignId: string;
  templateId: string;
  eventId: string;
}

/** A workspace with a bit of everything: recipients with tags, a fact, organisation with logo, signer with signature, endorser, a campaign with drafts, an event with an attachment. */
export async function populate(t: TempWorkspace): Promise<Populated> {
  const ana = await call<{ id: string }>(t, 'recipients.create', {
    countryCode: 'CL',
    office: 'Presidenta de la República',
    name: 'Ana Pérez',
    gender: 'female',
    language: 'es',
    tags: ['americas', 'priority'],
  });
  const jean = await call<{ id: string }>(t, 'recipients.create', { countryCode: 'FR', office: 'Premier ministre', name: 'Jean Dupont', tags: ['eu'] });
  await call(t, 'facts.create', {
    label: 'Prisoners',
    text: 'over 1,100 political prisoners',
    sourceName: 'A monitor',
    asOf: '2026-01-01',
    staleAfterDays: 180,
  });
  await call(t, 'organisation.update', { name: 'Rights Watch Coalition', address: 'Rue 1\nGeneva', place: 'Geneva' });
  const png = await makePng(120, 60);
  await call(t, 'organisation.setLogo', { fileName: 'logo.png', contentBase64: png.toString('base64') });
  const signer = await call<{ id: string }>(t, 'signers.create', { name: 'María Gómez', title: 'Director' });
  await call(t, 'signers.setSignature', { id: signer.id, fileName: 'sig.png', contentBase64: (await makePng(200, 80)).toString('base64') });
  const endorser = await call<{ id: string }>(t, 'endorsers.create', { name: 'Friends of Law', status: 'agreed' });
  const templates = await call<{ id: string }[]>(t, 'templates.list');
  const campaign = await call<{ id: string }>(t, 'campaigns.create', {
    name: 'Prisoners 2026',
    templateId: templates[0].id,
    letterDate: '2026-03-01',
    referencePrefix: 'HRL',
    signerIds: [signer.id],
    endorserIds: [endorser.id],
    recipients: { by: 'all' },
  });
  const event = await call<{ id: string }>(t, 'tracking.record', {
    campaignId: campaign.id,
    recipientId: ana.id,
    kind: 'replied',
    occurredOn: '2026-03-10',
    note: 'Answered',
    attachment: { fileName: 'reply.pdf', contentBase64: PDF.toString('base64') },
  });
  return { recipientIds: [ana.id, jean.id], campaignId: campaign.id, templateId: templates[0].id, eventId: event.id };
}

/** Every row of every data table, sorted by id, with every column (BLOBs as Buffers). */
export function dumpTables(db: Db, options: { withoutSeq?: boolean } = {}): Record<string, Record<string, unknown>[]> {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const table of dataTables(db)) {
    const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all() as Record<string, unknown>[];
    out[table] = options.withoutSeq ? rows.map(({ seq: _seq, ...rest }) => rest) : rows;
  }
  return out;
}

export function rowCounts(db: Db): Record<string, number> {
  return Object.fromEntries(dataTables(db).map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
}

/** SHA-256 of the database file and its -wal: any write changes one of them. */
export function fileHash(dir: string): string {
  const hash = createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(dir, `letterdesk.db${suffix}`);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/** Uploads a file through archive.upload in small pieces, as the browser does. */
export async function upload(
  t: TempWorkspace,
  bytes: Buffer,
  fileName = 'moved.letterdesk',
  chunk = 64 * 1024,
): Promise<{ uploadId: string; encrypted: boolean }> {
  let uploadId: string | null = null;
  let result: { uploadId: string; encrypted: boolean } | undefined;
  for (let offset = 0; offset < bytes.length || offset === 0; offset += chunk) {
    const piece = bytes.subarray(offset, offset + chunk);
    const final = offset + chunk >= bytes.length;
    result = await call<{ uploadId: string; encrypted: boolean }>(t, 'archive.upload', {
      uploadId,
      fileName,
      offset,
      chunkBase64: piece.toString('base64'),
      final,
    });
    uploadId = result.uploadId;
    if (final) break;
  }
  return result!;
}

export async function exportBytes(t: TempWorkspace, passphrase: string | null = null): Promise<Buffer> {
  const out = await call<{ contentBase64: string }>(t, 'archive.export', { passphrase });
  return Buffer.from(out.contentBase64, 'base64');
}
