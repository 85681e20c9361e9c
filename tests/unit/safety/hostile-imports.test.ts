import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { ARCHIVE_LIMITS, IMPORT_LIMITS, runIsolated } from '../../../electron/core/isolation';
import { deepMarkdownList, emptyMarkdownParagraphs, htmlParagraphs, hugeDocx, wideCsv, type HostileFile } from '../../helpers/hostile-files';
import { type TempWorkspace } from '../../helpers/temp-workspace';
import { tempDirsRemovedAfterEach, tempWorkspacesRemovedAfterEach } from '../../helpers/workspace-per-test';
import { dumpTables, exportBytes, refusal, upload } from '../archive/archive-test-helpers';
import { makePng } from '../senders/sender-test-helpers';

/*
 * Issue 14, point 1: an import cannot freeze or kill the app. Each hostile
 * file of the issue, made here in a temp folder, is refused with one short
 * sentence naming the limit, and the workspace is left as it was. Every
 * import runs in a worker thread: one over its memory or time limit is
 * stopped and refused, and the app carries on. How fast and how much memory
 * is measured by `npm run bench` (tests/bench/hostile-import-bench.ts), never here.
 */

const workspace = tempWorkspacesRemovedAfterEach();
const tempDir = tempDirsRemovedAfterEach(afterEach);

function inputFor(file: HostileFile): Record<string, unknown> {
  return { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), commit: true };
}

/** Everything an import could change: every row of every table, and the backups taken before one. */
function state(t: TempWorkspace): unknown {
  const backups = path.join(t.dir, 'backups');
  return { tables: dumpTables(t.workspace.db()), backups: fs.existsSync(backups) ? fs.readdirSync(backups).sort() : [] };
}

const LETTER = '# Letter\n\nDear [NAME],\n\nWe write about the prisoners.\n\nYours sincerely,\n';

describe('hostile imports are refused in one sentence, the workspace unchanged', () => {
  const cases: { make: () => HostileFile; message: string }[] = [
    { make: () => hugeDocx(), message: 'This file is too large to import: its part word/document.xml would unpack to 150 MB, more than the 10 MB allowed.' },
    { make: () => emptyMarkdownParagraphs(), message: 'This file is too large to import: it has more than 2,000,000 characters of text.' },
    { make: () => deepMarkdownList(), message: 'This file is too complex to import: its lists or quotes are nested more than 32 levels deep.' },
    { make: () => htmlParagraphs(), message: 'This file is too complex to import: it holds more than 200,000 HTML tags.' },
    { make: () => wideCsv(), message: 'Line 1 has more than 1,000 columns; Letterdesk reads at most 1,000.' },
  ];
  for (const { make, message } of cases) {
    it(`${make().name.replace(/-/g, ' ')}`, async () => {
      const t = await workspace();
      const file = make();
      const before = state(t);
      const refused = await refusal(t, file.operation, inputFor(file));
      expect(refused.code).toBe('invalid_input');
      expect(refused.message).toBe(message);
      expect(state(t)).toEqual(before);
      // The workspace still works: a genuine file imports.
      const ok = await dispatch(t.handlers, 'templates.import', { fileName: 'letter.md', contentBase64: Buffer.from(LETTER).toString('base64') });
      expect(ok.ok).toBe(true);
    });
  }

  it('a nesting too deep for Markdown is found on one line too ("- - - …")', async () => {
    const t = await workspace();
    const refused = await refusal(t, 'templates.import', { fileName: 'one-line.md', contentBase64: Buffer.from(`${'- '.repeat(3000)}x\n`).toString('base64') });
    expect(refused.message).toBe('This file is too complex to import: its lists or quotes are nested more than 32 levels deep.');
  });

  it('HTML lists nested past the limit are refused, not read', async () => {
    const t = await workspace();
    const html = `${'<ul><li>'.repeat(40)}deep${'</li></ul>'.repeat(40)}`;
    const refused = await refusal(t, 'templates.import', { fileName: 'deep.html', contentBase64: Buffer.from(html).toString('base64') });
    expect(refused.message).toBe('This file is too complex to import: its lists or quotes are nested more than 32 levels deep.');
  });

  it('a Word document with more paragraphs than a letter can hold is refused before its XML is parsed', async () => {
    const t = await workspace();
    // 1.3 MB of XML: under the size cap, over the paragraph cap.
    const file = hugeDocx(1.3 * 1024 * 1024);
    const refused = await refusal(t, 'templates.import', inputFor(file));
    expect(refused.message).toBe('This file is too large to import: it has more than 20,000 paragraphs.');
  });

  it('a CSV with a missing column names a few of its headers, not every one', async () => {
    const t = await workspace();
    const header = Array.from({ length: 900 }, (_, i) => `Column ${i + 1}`).join(',');
    const refused = await refusal(t, 'recipients.importCsv', { fileName: 'wide.csv', contentBase64: Buffer.from(`${header}\n`).toString('base64') });
    expect(refused.message).toContain('Columns found: "Column 1", "Column 2", "Column 3", "Column 4", "Column 5" and 895 more.');
    expect(refused.message.length).toBeLessThan(400);
  });
});

describe('imports run in a worker thread with a memory cap and a time limit', () => {
  /** A genuine Markdown letter of about 1.5 MB: thousands of paragraphs, well under the caps. */
  const longLetter = () =>
    Buffer.from(Array.from({ length: 15_000 }, (_, i) => `Paragraph ${i} of a long letter, with **bold** and _italic_ words.`).join('\n\n'));

  it('a worker over its memory cap is stopped and the import refused naming the cap; the app carries on', async () => {
    const heap = IMPORT_LIMITS.maxOldGenerationSizeMb;
    IMPORT_LIMITS.maxOldGenerationSizeMb = 16;
    try {
      const t = await workspace();
      const before = state(t);
      const refused = await refusal(t, 'templates.import', { fileName: 'long.md', contentBase64: longLetter().toString('base64'), commit: true });
      expect(refused.message).toBe('This file is too large to import: it would need more than 16 MB of memory.');
      expect(refused.issues).toEqual(['memoryLimit']);
      expect(state(t)).toEqual(before);
    } finally {
      IMPORT_LIMITS.maxOldGenerationSizeMb = heap;
    }
    // Under the usual cap the same file imports.
    const t = await workspace();
    const ok = await dispatch(t.handlers, 'templates.import', { fileName: 'long.md', contentBase64: longLetter().toString('base64') });
    expect(ok.ok).toBe(true);
  });

  it('a worker past its time limit is stopped, for every kind of import', async () => {
    const t = await workspace();
    const archive = await upload(t, await exportBytes(t));
    const csv = 'Country,Office,Name\nFR,Premier ministre,Jean Dupont\n';
    const png = (await makePng(40, 20)).toString('base64');
    const timeout = IMPORT_LIMITS.timeoutMs;
    const archiveTimeout = ARCHIVE_LIMITS.timeoutMs;
    // No worker even loads its code in a millisecond.
    IMPORT_LIMITS.timeoutMs = 1;
    ARCHIVE_LIMITS.timeoutMs = 1;
    try {
      const before = state(t);
      const calls: [string, unknown][] = [
        ['templates.import', { fileName: 'letter.md', contentBase64: Buffer.from(LETTER).toString('base64'), commit: true }],
        ['recipients.importCsv', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64'), commit: true }],
        ['organisation.setLogo', { fileName: 'logo.png', contentBase64: png }],
        ['archive.preview', { uploadId: archive.uploadId, passphrase: null }],
      ];
      for (const [name, input] of calls) {
        const refused = await refusal(t, name, input);
        expect(refused.message, name).toBe('This file is too large to import: reading it took longer than 1 second.');
        expect(refused.issues, name).toEqual(['timeLimit']);
      }
      expect(state(t)).toEqual(before);
    } finally {
      IMPORT_LIMITS.timeoutMs = timeout;
      ARCHIVE_LIMITS.timeoutMs = archiveTimeout;
    }
    // With the usual limits each of them works.
    expect((await dispatch(t.handlers, 'recipients.importCsv', { fileName: 'r.csv', contentBase64: Buffer.from(csv).toString('base64') })).ok).toBe(true);
    expect((await dispatch(t.handlers, 'organisation.setLogo', { fileName: 'logo.png', contentBase64: png })).ok).toBe(true);
    expect((await dispatch(t.handlers, 'archive.preview', { uploadId: archive.uploadId, passphrase: null })).ok).toBe(true);
  });

  it('an expected refusal keeps its code and issues across the thread boundary', async () => {
    await expect(runIsolated('templates.import', { bytes: new Uint8Array(), fileName: 'empty.txt', options: {} })).rejects.toMatchObject({
      name: 'ApiFailure',
      code: 'invalid_input',
      message: 'The file is empty: there is no text to make a template from.',
      issues: [{ path: ['file'], code: 'empty' }],
    });
  });
});

describe('the built faces carry the worker', () => {
  const root = path.join(__dirname, '..', '..', '..');
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'out', 'node', 'cli.cjs'))) throw new Error('out/node/cli.cjs is missing: run "npm run build" before these tests.');
  });

  it('beside the CLI and server (out/node) and the desktop app (out/main, packaged with out/main/**)', () => {
    expect(fs.existsSync(path.join(root, 'out', 'node', 'isolation-worker.cjs'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'out', 'main', 'isolation-worker.cjs'))).toBe(true);
    expect(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^ {2}- out\/main\/\*\*$/m);
  });

  it('the built CLI refuses a hostile file in one line on stderr, exit 1, and still imports a letter', () => {
    const data = tempDir();
    const dir = tempDir();
    const hostile = path.join(dir, 'deep-list.md');
    fs.writeFileSync(hostile, deepMarkdownList().bytes);
    const bin = path.join(root, 'electron', 'bin', 'letterdesk.cjs');
    const refused = spawnSync(process.execPath, [bin, '--data', data, 'templates', 'import', hostile], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('letterdesk: This file is too complex to import: its lists or quotes are nested more than 32 levels deep.\n');
    const letter = path.join(dir, 'letter.md');
    fs.writeFileSync(letter, LETTER);
    const imported = spawnSync(process.execPath, [bin, '--data', data, 'templates', 'import', letter], { encoding: 'utf8' });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
  });
});
