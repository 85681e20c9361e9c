import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveCommands, PASSPHRASE_ENV } from '../../../electron/cli-commands/archive-commands';
import { runCli } from '../../../electron/cli';
import { commandHarness } from '../../helpers/command-harness';
import { openTempWorkspace, type TempWorkspace } from '../../helpers/temp-workspace';
import { fileHash, populate, rowCounts } from '../archive/archive-test-helpers';

/*
 * letterdesk archive export / import against real workspace folders: the
 * command group on the shared harness, and the whole CLI (runCli) for exit
 * codes and the one stderr line.
 */

let source: TempWorkspace;
let target: TempWorkspace;
beforeEach(async () => {
  source = await openTempWorkspace();
  await populate(source);
  source.workspace.close();
  target = await openTempWorkspace();
  target.workspace.close();
  delete process.env[PASSPHRASE_ENV];
});
afterEach(() => {
  source.cleanup();
  target.cleanup();
  delete process.env[PASSPHRASE_ENV];
});

/** A prompt that answers from a list, like a person typing; null: no terminal. */
const answers =
  (...typed: (string | null)[]) =>
  async () =>
    typed.length > 0 ? typed.shift()! : null;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (x) => (out += x), err: (x) => (err += x) });
  return { code, out, err };
}

describe('letterdesk archive', () => {
  it('exports, previews with --dry-run (writing nothing), imports, and prints the report and the undo', async () => {
    const file = path.join(source.dir, 'moved.letterdesk');
    const exported = await commandHarness(source.dir, archiveCommands(answers())).run('archive', 'export', file);
    expect(exported).toMatch(/^Exported the workspace to .*moved\.letterdesk \(\d+ rows, \d+ bytes\)\n$/);

    const c = commandHarness(target.dir, archiveCommands(answers()));
    const hash = fileHash(target.dir);
    const dry = await c.run('archive', 'import', file, '--dry-run');
    expect(dry.split('\n')[0]).toBe('Dry run: nothing written. This workspace is empty: importing would make it a copy of the archive.');
    expect(dry).toMatch(/ {2}recipients +added 2, updated 0, kept yours 0, conflicts 0/);
    expect(fileHash(target.dir)).toBe(hash);

    const imported = await c.run('archive', 'import', file, '--replace');
    expect(imported).toMatch(/^Imported moved\.letterdesk \(replaced the empty workspace\)\./);
    expect(imported).toMatch(/To undo, run: letterdesk restore pre-import-[\w-]+\.sqlite\n$/);

    // Importing the same archive again (merge): everything is unchanged.
    const again = JSON.parse(await c.run('--json', 'archive', 'import', file)) as { mode: string; report: { totals: Record<string, number> } };
    expect(again.mode).toBe('merge');
    expect(again.report.totals).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  });

  it('encrypts with the passphrase from the environment or asked twice, and imports with it', async () => {
    const file = path.join(source.dir, 'secret.letterdesk');
    const mismatch = await commandHarness(source.dir, archiveCommands(answers('first passphrase', 'other passphrase'))).fail(
      'archive',
      'export',
      file,
      '--encrypt',
    );
    expect(mismatch).toBe('the two passphrases differ; nothing was written.');
    expect(fs.existsSync(file)).toBe(false);
    expect(await commandHarness(source.dir, archiveCommands(answers('short', 'short'))).fail('archive', 'export', file, '--encrypt')).toBe(
      'the passphrase must have at least 8 characters.',
    );

    await commandHarness(source.dir, archiveCommands(answers('a long passphrase', 'a long passphrase'))).run('archive', 'export', file, '--encrypt');
    expect(fs.readFileSync(file).subarray(0, 10).toString()).toBe('LETTERDESK');

    const noTerminal = await commandHarness(target.dir, archiveCommands(answers())).fail('archive', 'import', file);
    expect(noTerminal).toBe(`a passphrase is needed: set ${PASSPHRASE_ENV} or run the command in a terminal.`);
    const wrong = await commandHarness(target.dir, archiveCommands(answers('not the passphrase'))).fail('archive', 'import', file);
    expect(wrong).toBe('The passphrase is not the one this archive was encrypted with. Nothing was imported.');
    process.env[PASSPHRASE_ENV] = 'a long passphrase';
    expect(await commandHarness(target.dir, archiveCommands(answers())).run('archive', 'import', file)).toMatch(/^Imported secret\.letterdesk \(merged\)\./);
  });

  it('fails with exit 1 and one stderr line; the workspace is untouched', async () => {
    const notArchive = path.join(target.dir, 'notes.letterdesk');
    fs.writeFileSync(notArchive, 'just some notes');
    const hash = fileHash(target.dir);
    const db = await openTempWorkspace({ dataDir: target.dir });
    const rows = rowCounts(db.workspace.db());
    db.workspace.close();

    const refused = await cli('--data', target.dir, 'archive', 'import', notArchive);
    expect(refused).toEqual({ code: 1, out: '', err: 'letterdesk: This file is not a Letterdesk archive (.letterdesk). Nothing was imported.\n' });
    const missing = await cli('--data', target.dir, 'archive', 'import', path.join(target.dir, 'nope.letterdesk'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^letterdesk: cannot read .*nope\.letterdesk: no such file\.\n$/);
    const usage = await cli('--data', target.dir, 'archive', 'import');
    expect(usage.code).toBe(2);

    expect(fileHash(target.dir)).toBe(hash);
    const after = await openTempWorkspace({ dataDir: target.dir });
    expect(rowCounts(after.workspace.db())).toEqual(rows);
    after.workspace.close();
  });
});
