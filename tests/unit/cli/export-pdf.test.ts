import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/database';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { readPdfFile } from '../exports/pdf/read-pdf';

/*
 * `letterdesk export --format pdf|pdf-zip|pdf-combined` as users run it: the
 * built CLI in a child process under plain Node, no Electron, against a real
 * workspace folder; the PDFs read back by poppler, the exported events by SQL.
 */
const root = path.join(__dirname, '..', '..', '..');
const bin = path.join(root, 'electron', 'bin', 'letterdesk.cjs');
const TEMPLATE = path.join(root, 'tests', 'fixtures', 'templates', 'coalition-letter-en.txt');
const FIXTURES = path.join(root, 'tests', 'fixtures', 'docx-export');

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'out', 'node', 'cli.cjs'))) throw new Error('out/node/cli.cjs is missing: run "npm run build" before the CLI tests.');
});

const workspaceDir = tempDirsRemovedAfterEach(afterEach);

function run(data: string, ...args: string[]) {
  const res = spawnSync(process.execPath, [bin, '--data', data, ...args], { encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

function ok(data: string, ...args: string[]): string {
  const res = run(data, ...args);
  if (res.code !== 0) throw new Error(`letterdesk ${args.join(' ')} failed (${res.code}): ${res.stderr}`);
  return res.stdout;
}

describe('letterdesk export as PDF', () => {
  it('writes one PDF per letter, or one print file, and records each with its SHA-256', () => {
    const data = workspaceDir();
    ok(data, 'recipients', 'add', '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana López');
    ok(data, 'recipients', 'add', '--country', 'FR', '--office', 'Prime Minister', '--name', 'Amélie Dubois');
    ok(data, 'templates', 'import', TEMPLATE, '--name', 'Coalition letter', '--language', 'en');
    ok(data, 'org', 'set', '--name', 'Rights Watch', '--address', '1 Rue de Lausanne', '--place', 'Geneva', '--logo', path.join(FIXTURES, 'logo.png'));
    ok(data, 'signers', 'add', '--name', 'Maria Pérez', '--title', 'Director', '--signature', path.join(FIXTURES, 'signature.png'));
    ok(
      data,
      'campaigns',
      'create',
      '--name',
      'PMs',
      '--template',
      'Coalition letter',
      '--recipients',
      'all',
      '--signer',
      'Maria Pérez',
      '--date',
      '2026-11-22',
      '--prefix',
      'hrl',
    );

    const out = path.join(data, 'pdfs');
    const written = ok(data, 'export', '--campaign', 'PMs', '--out', out, '--format', 'pdf', '--include-attention').trim().split('\n');
    expect(written.map((f) => path.basename(f)).sort()).toEqual([
      expect.stringMatching(/^HRL-2026-000\d - France - Amélie Dubois\.pdf$/),
      expect.stringMatching(/^HRL-2026-000\d - Spain - Ana López\.pdf$/),
    ]);
    const spain = readPdfFile(written.find((f) => f.includes('Ana López'))!);
    const text = spain.pages.join('\n');
    expect(text).toContain('Rights Watch');
    expect(text).toContain('Ana López');
    expect(text).toContain('Maria Pérez');
    expect(text).toMatch(/Page 1 of \d/);
    expect(spain.fonts.every((f) => f.embedded)).toBe(true);
    // Logo and signature.
    expect(spain.images.filter((i) => i.type === 'image')).toHaveLength(2);

    const printed = path.join(data, 'print');
    const [combined] = ok(data, 'export', '--campaign', 'PMs', '--out', printed, '--format', 'pdf-combined', '--include-attention').trim().split('\n');
    expect(combined).toMatch(/\.pdf$/);
    const all = readPdfFile(combined!).pages.join('\n');
    expect(all).toContain('Ana López');
    expect(all).toContain('Amélie Dubois');

    const db = openDatabase(path.join(data, 'letterdesk.db'));
    try {
      const events = db.prepare("SELECT note, file_sha256 FROM contact_events WHERE kind = 'exported'").all() as { note: string; file_sha256: string }[];
      const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
      expect(events).toHaveLength(4);
      for (const file of written) expect(events).toContainEqual({ note: `pdf: ${path.basename(file)}`, file_sha256: sha(file) });
      expect(events.filter((e) => e.note === `pdf-combined: ${path.basename(combined!)}` && e.file_sha256 === sha(combined!))).toHaveLength(2);
    } finally {
      db.close();
    }
  });

  it('refuses an unknown format on one line of stderr', () => {
    const res = run(workspaceDir(), 'export', '--campaign', 'x', '--out', 'y', '--format', 'pdfs');
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain("'pdfs' is invalid");
    expect(res.stderr).toContain('pdf-combined');
  });
});
