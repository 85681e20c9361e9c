import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { dispatch } from '../../electron/core/api/dispatch';
import { renderCampaign } from '../../electron/core/exports/export-campaign';
import { Workspace } from '../../electron/core/workspace/workspace';
import { listCountries } from '../../shared/protocol';
import type { TemplateSummary } from '../../shared/templates/schemas';

/*
 * Export benchmark (run by tests/bench/run.ts): 195 letters, one per UN
 * member state, each with a logo and two signature images, in all three
 * forms; the same letters filled by docxtemplater from an equivalent DOCX
 * template; and the peak memory of 1,000 letters in a child process.
 */

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'docx-export');

/** A workspace with an organisation, two signers with signatures, and one head of government per UN member. */
export async function exportWorkspace(dir: string, perCountry = 1): Promise<{ workspace: Workspace; campaignId: string }> {
  const workspace = await Workspace.open({ dataDir: dir });
  const db = workspace.db();
  const logo = fs.readFileSync(path.join(FIXTURES, 'logo.png'));
  const signature = fs.readFileSync(path.join(FIXTURES, 'signature.png'));
  const png = (buf: Buffer) => ({ w: buf.readUInt32BE(16), h: buf.readUInt32BE(20) });
  const insertImage = db.prepare(
    "INSERT INTO images (id, purpose, mime, width, height, sha256, data, created_at, updated_at) VALUES (?, ?, 'image/png', ?, ?, 'x', ?, 'x', 'x')",
  );
  insertImage.run('img-logo', 'logo', png(logo).w, png(logo).h, logo);
  insertImage.run('img-sig', 'signature', png(signature).w, png(signature).h, signature);
  db.exec(`INSERT INTO organisation (id, singleton, name, address, place, logo_image_id, created_at, updated_at) VALUES ('org', 1, 'Fictional Rights Watch', '1 Example Street\nGeneva', 'Geneva', 'img-logo', 'x', 'x');
    INSERT INTO signers (id, name, title, signature_image_id, created_at, updated_at) VALUES
      ('0190e5a1-0000-7000-8000-000000000001', 'Dana Director', 'Executive Director', 'img-sig', 'x', 'x'),
      ('0190e5a1-0000-7000-8000-000000000002', 'Sam Chair', 'Chair of the Board', 'img-sig', 'x', 'x');`);
  const handlers = createHandlers(workspace);
  const members = listCountries().filter((c) => c.unMember);
  const today = new Date().toISOString().slice(0, 10);
  for (let i = 0; i < perCountry; i++) {
    for (const c of members) {
      await dispatch(handlers, 'recipients.create', {
        countryCode: c.alpha2,
        office: 'Head of government',
        officeType: 'head_of_government',
        name: `Holder ${i} ${c.alpha3}`,
        gender: i % 2 ? 'female' : 'male',
        verifiedOn: today,
        language: (['en', 'es', 'fr'] as const)[i % 3],
      });
    }
  }
  const templates = (await dispatch(handlers, 'templates.list', {})) as { ok: true; data: TemplateSummary[] };
  const letter = templates.data.find((x) => x.name.startsWith('Political'))!;
  const created = await dispatch(handlers, 'campaigns.create', {
    name: 'Bench',
    templateId: letter.id,
    recipients: { by: 'all' },
    signerIds: ['0190e5a1-0000-7000-8000-000000000001', '0190e5a1-0000-7000-8000-000000000002'],
    letterDate: '2026-11-22',
    referencePrefix: 'BEN',
  });
  if (!created.ok) throw new Error(created.error.message);
  return { workspace, campaignId: (created.data as { id: string }).id };
}

export async function benchExport(report: (name: string, value: number, unit: string, target?: string) => void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-export-'));
  try {
    const { workspace, campaignId } = await exportWorkspace(dir);
    const db = workspace.db();
    await renderCampaign(db, campaignId, { format: 'files', includeAttention: true }); // warm-up
    let t = performance.now();
    const files = await renderCampaign(db, campaignId, { format: 'files', includeAttention: true });
    const letterdeskMs = (performance.now() - t) / files.letters.length;
    report('export.letterdesk.ms_per_letter', letterdeskMs, 'ms');
    t = performance.now();
    await renderCampaign(db, campaignId, { format: 'zip', includeAttention: true });
    report('export.zip_195.ms', performance.now() - t, 'ms');
    t = performance.now();
    await renderCampaign(db, campaignId, { format: 'combined', includeAttention: true });
    report('export.combined_195.ms', performance.now() - t, 'ms', '< 1000 ms');

    // docxtemplater: the same letter as a DOCX template with {tags}, filled per recipient.
    const sample = files.files[0];
    const templateDocx = await templateFromLetter(sample.bytes);
    const rows = files.letters.map((l, i) => ({
      name: `Holder ${l.recipientId}`,
      title: 'Head of government',
      country: `Country ${i}`,
      salutation: 'Excellency,',
      reference: `BEN-2026-${i}`,
    }));
    t = performance.now();
    for (const row of rows) {
      const doc = new Docxtemplater(new PizZip(templateDocx), { paragraphLoop: true, linebreaks: true });
      doc.render(row);
      doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
    }
    const docxtemplaterMs = (performance.now() - t) / rows.length;
    report('export.docxtemplater.ms_per_letter', docxtemplaterMs, 'ms');
    report('export.speedup', docxtemplaterMs / letterdeskMs, 'x', '>= 5');
    workspace.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Turns a rendered letter into a docxtemplater template: a few paragraphs' text replaced by {tags}. */
async function templateFromLetter(bytes: Uint8Array): Promise<Buffer> {
  const zip = new PizZip(bytes);
  const xml = zip.file('word/document.xml')!.asText();
  let n = 0;
  const tags = ['{name}', '{title}', '{country}', '{salutation}', '{reference}'];
  const tagged = xml.replace(/<w:t(?: [^>]*)?>([^<]{3,})<\/w:t>/g, (whole, _text: string) =>
    n < tags.length ? whole.replace(/>[^<]+</, `>${tags[n++]}<`) : whole,
  );
  zip.file('word/document.xml', tagged);
  return zip.generate({ type: 'nodebuffer' });
}

/** Run in a child process by run.ts: renders 1,000 letters and prints the peak RSS in MB. */
export async function peakRss1000(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-rss-'));
  try {
    const { workspace, campaignId } = await exportWorkspace(dir, 6);
    await renderCampaign(workspace.db(), campaignId, { format: 'zip', includeAttention: true });
    console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    workspace.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--peak-rss') void peakRss1000();
