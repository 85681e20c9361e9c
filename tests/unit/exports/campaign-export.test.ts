import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CampaignSummary, DraftRow } from '../../../shared/campaigns/schemas';
import type { ExportJobStatus } from '../../../shared/exports/contract';
import type { TemplateSummary } from '../../../shared/templates/schemas';
import { dispatch } from '../../../electron/core/api/dispatch';
import { recordExport, renderCampaign, writeExport } from '../../../electron/core/exports/export-campaign';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { readPdfFile } from './pdf/read-pdf';

/*
 * A whole campaign exported through the core, checked on the files
 * themselves: unzipped, read back by python-docx or poppler, and the store's record.
 */
let t: TempWorkspace;
let out: string;
beforeEach(async () => {
  t = await openTempWorkspace();
  out = makeTempDir('letterdesk-export-');
});
afterEach(() => {
  t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

async function ok<T>(name: string, input: unknown): Promise<T> {
  const result = await dispatch(t.handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.data as T;
}

async function euCampaign(): Promise<CampaignSummary> {
  const today = new Date().toISOString().slice(0, 10);
  const db = t.workspace.db();
  db.exec(`INSERT INTO organisation (id, singleton, name, address, place, created_at, updated_at) VALUES ('org', 1, 'Fictional Rights Watch', '1 Example Street\nGeneva', 'Geneva', 'x', 'x');
           INSERT INTO signers (id, name, title, created_at, updated_at) VALUES ('0190e5a1-0000-7000-8000-000000000001', 'Dana Director', 'Executive Director', 'x', 'x');
           INSERT INTO endorsers (id, name, country_code, status, created_at, updated_at) VALUES ('0190e5a1-0000-7000-8000-00000000000a', 'Agreed Association', 'FR', 'agreed', 'x', 'x'), ('0190e5a1-0000-7000-8000-00000000000b', 'Declined Society', NULL, 'declined', 'x', 'x');`);
  await ok('recipients.create', {
    countryCode: 'ES',
    office: 'Presidente del Gobierno',
    name: 'Pedro Ficticio',
    gender: 'male',
    language: 'es',
    verifiedOn: today,
  });
  await ok('recipients.create', { countryCode: 'NL', office: 'King', name: 'Willem Ficticio', gender: 'male', verifiedOn: today });
  await ok('recipients.create', { countryCode: 'FR', office: 'Président de la République', name: 'CON', gender: 'female', language: 'fr', verifiedOn: today });
  await ok('recipients.create', { countryCode: 'DE', office: 'Federal Chancellor', name: 'Unverified Person' });
  const letter = (await ok<TemplateSummary[]>('templates.list', {})).find((x) => x.name.startsWith('Political'))!;
  return ok<CampaignSummary>('campaigns.create', {
    name: 'EU 2026',
    templateId: letter.id,
    recipients: { by: 'group', group: 'EU' },
    signerIds: ['0190e5a1-0000-7000-8000-000000000001'],
    endorserIds: ['0190e5a1-0000-7000-8000-00000000000a', '0190e5a1-0000-7000-8000-00000000000b'],
    letterDate: '2026-11-22',
    referencePrefix: 'HRL',
  });
}

function pythonDocxText(file: string): string {
  // Debian's python3 has python3-docx; a python3 earlier on PATH (pyenv) may not.
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const res = spawnSync(
    python,
    [
      '-c',
      'import sys, docx; d = docx.Document(sys.argv[1]); print("\\n".join(p.text for p in d.paragraphs)); print("\\n".join(c.text for t in d.tables for r in t.rows for c in r.cells))',
      file,
    ],
    { encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`python-docx could not read ${file} (is python3-docx installed? .ci/run installs it): ${res.stderr}`);
  return res.stdout;
}

describe('exporting a campaign', () => {
  it('writes one safe-named DOCX per ready letter, leaves out drafts needing attention, and records each with its SHA-256', async () => {
    const campaign = await euCampaign();
    const output = await renderCampaign(t.workspace.db(), campaign.id, { format: 'files', includeAttention: false });
    expect(output.skipped.map((d) => d.countryCode)).toEqual(['DE']);
    const written = writeExport(output, out);
    recordExport(t.workspace.db(), output, 'files');
    expect(written.map((f) => path.basename(f))).toEqual([
      'HRL-2026-0001 - France - CON.docx',
      'HRL-2026-0003 - Netherlands - Willem Ficticio.docx',
      'HRL-2026-0004 - España - Pedro Ficticio.docx',
    ]);
    expect(fs.readdirSync(out).some((f) => f.endsWith('.part'))).toBe(false);

    const spain = pythonDocxText(written[2]);
    expect(spain).toContain('Excelentísimo Señor Pedro Ficticio');
    expect(spain).toContain('Presidente del Gobierno del Reino de España');
    expect(spain).toContain('Geneva, 22 de noviembre de 2026');
    expect(spain).toContain('Dana Director');
    expect(spain).toContain('Agreed Association');
    expect(spain).not.toContain('Declined Society');
    expect(pythonDocxText(written[1])).toContain('His Majesty');

    const events = t.workspace.db().prepare("SELECT file_sha256 FROM contact_events WHERE kind = 'exported' ORDER BY note").pluck().all() as string[];
    expect(events).toHaveLength(3);
    const { createHash } = await import('node:crypto');
    expect(events).toContain(createHash('sha256').update(fs.readFileSync(written[2])).digest('hex'));
    const rows = await ok<DraftRow[]>('campaigns.drafts', { id: campaign.id });
    expect(rows.map((r) => [r.countryCode, r.state])).toEqual([
      ['FR', 'exported'],
      ['DE', 'attention'],
      ['NL', 'exported'],
      ['ES', 'exported'],
    ]);
  });

  it('makes a ZIP of the letters and one combined print file', async () => {
    const campaign = await euCampaign();
    const zip = await renderCampaign(t.workspace.db(), campaign.id, { format: 'zip', includeAttention: true });
    const entries = Object.keys(unzipSync(zip.files[0].bytes));
    expect(entries).toHaveLength(4);
    expect(entries.every((e) => e.endsWith('.docx'))).toBe(true);

    const combined = await renderCampaign(t.workspace.db(), campaign.id, { format: 'combined', includeAttention: true });
    const [file] = writeExport(combined, out);
    const text = pythonDocxText(file);
    for (const name of ['Pedro Ficticio', 'Willem Ficticio', 'Unverified Person']) expect(text).toContain(name);
  });

  it('writes one PDF per letter, a ZIP of them and a PDF print file, each recorded with the SHA-256 of its file', async () => {
    const { createHash } = await import('node:crypto');
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const campaign = await euCampaign();
    const output = await renderCampaign(t.workspace.db(), campaign.id, { format: 'pdf', includeAttention: false });
    const written = writeExport(output, out);
    recordExport(t.workspace.db(), output, 'pdf');
    expect(written.map((f) => path.basename(f))).toEqual([
      'HRL-2026-0001 - France - CON.pdf',
      'HRL-2026-0003 - Netherlands - Willem Ficticio.pdf',
      'HRL-2026-0004 - España - Pedro Ficticio.pdf',
    ]);
    const spain = readPdfFile(written[2]);
    const text = spain.pages.join('\n');
    for (const line of [
      'Excelentísimo Señor Pedro Ficticio',
      'Presidente del Gobierno del Reino de España',
      'Geneva, 22 de noviembre de 2026',
      'Dana Director',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toContain('Agreed Association');
    expect(text).not.toContain('Declined Society');
    expect(spain.fonts.every((f) => f.embedded)).toBe(true);
    const events = t.workspace.db().prepare("SELECT note, file_sha256 FROM contact_events WHERE kind = 'exported' ORDER BY note").all() as {
      note: string;
      file_sha256: string;
    }[];
    expect(events).toEqual(written.map((f) => ({ note: `pdf: ${path.basename(f)}`, file_sha256: sha(fs.readFileSync(f)) })));

    const zip = await renderCampaign(t.workspace.db(), campaign.id, { format: 'pdf-zip', includeAttention: true });
    expect(zip.files[0].name).toMatch(/\.zip$/);
    const entries = unzipSync(zip.files[0].bytes);
    expect(Object.keys(entries)).toHaveLength(4);
    for (const [name, bytes] of Object.entries(entries)) {
      expect(name).toMatch(/\.pdf$/);
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(zip.letters.find((l) => l.fileName === name)?.sha256).toBe(sha(bytes));
    }

    const combined = await renderCampaign(t.workspace.db(), campaign.id, { format: 'pdf-combined', includeAttention: true });
    expect(combined.files).toHaveLength(1);
    expect(combined.files[0].name).toMatch(/\.pdf$/);
    expect(combined.letters.every((l) => l.sha256 === sha(combined.files[0].bytes))).toBe(true);
    const [file] = writeExport(combined, out);
    const all = readPdfFile(file).pages.join('\n');
    for (const name of ['Pedro Ficticio', 'Willem Ficticio', 'Unverified Person']) expect(all).toContain(name);
  });

  it('runs as a job with progress, and a cancelled export writes nothing and records nothing', async () => {
    const campaign = await euCampaign();
    const { jobId } = await ok<{ jobId: string }>('exports.start', { campaignId: campaign.id, format: 'files', includeAttention: true });
    await ok('exports.cancel', { jobId });
    let status = await ok<ExportJobStatus>('exports.status', { jobId });
    for (let i = 0; i < 200 && status.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 10));
      status = await ok<ExportJobStatus>('exports.status', { jobId });
    }
    expect(status.state).toBe('cancelled');
    expect(t.workspace.db().prepare("SELECT count(*) FROM contact_events WHERE kind = 'exported'").pluck().get()).toBe(0);

    const second = await ok<{ jobId: string }>('exports.start', { campaignId: campaign.id, format: 'combined', includeAttention: true });
    do {
      await new Promise((r) => setTimeout(r, 20));
      status = await ok<ExportJobStatus>('exports.status', { jobId: second.jobId });
    } while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', done: 4, total: 4 });
    const download = await ok<{ fileName: string; contentBase64: string }>('exports.download', { jobId: second.jobId, index: 0 });
    expect(download.fileName).toMatch(/\.docx$/);
    expect(Buffer.from(download.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(await dispatch(t.handlers, 'exports.save', { jobId: second.jobId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
