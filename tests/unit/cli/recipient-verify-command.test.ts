import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerRecipientCommands } from '../../../electron/cli-commands/recipient-commands';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { dispatch } from '../../../electron/core/api/dispatch';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import type { Recipient } from '../../../shared/recipients/schemas';
import { todayIso } from '../../../shared/tracking/dates';
import { commandHarness } from '../../helpers/command-harness';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';

/*
 * letterdesk recipients verify ID…|--tag T|--all [--date YYYY-MM-DD], on a
 * commander program and a CliContext built as electron/cli.ts builds them,
 * against a real workspace folder.
 */

const tempDir = tempDirsRemovedAfterEach(afterEach);
const cli = (dataDir: string) => commandHarness(dataDir, registerRecipientCommands);

async function addRecipient(dir: string, ...args: string[]): Promise<Recipient> {
  return JSON.parse(await cli(dir).run('--json', 'recipients', 'add', ...args)) as Recipient;
}

async function stored(dir: string, id: string): Promise<Recipient> {
  const ws = await Workspace.open({ dataDir: dir });
  try {
    const result = await dispatch(createHandlers(ws), 'recipients.get', { id });
    if (!result.ok) throw new Error(result.error.message);
    return result.data as Recipient;
  } finally {
    ws.close();
  }
}

describe('letterdesk recipients verify', () => {
  it('marks the recipients given by id verified on the date given', async () => {
    const dir = tempDir();
    const ana = await addRecipient(dir, '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana');
    const bo = await addRecipient(dir, '--country', 'SE', '--office', 'Prime Minister', '--name', 'Bo');
    expect(await cli(dir).run('recipients', 'verify', ana.id, '--date', '2026-01-15')).toBe('Marked 1 recipient verified on 2026-01-15\n');
    expect((await stored(dir, ana.id)).verifiedOn).toBe('2026-01-15');
    expect((await stored(dir, bo.id)).verifiedOn).toBeNull();
  });

  it('by tag or all, today by default, and says what it left to verify', async () => {
    const dir = tempDir();
    const ana = await addRecipient(dir, '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana', '--tag', 'EU');
    const vacant = await addRecipient(dir, '--country', 'FR', '--office', 'Prime Minister', '--tag', 'EU');
    const bo = await addRecipient(dir, '--country', 'NO', '--office', 'Prime Minister', '--name', 'Bo');
    expect(await cli(dir).run('recipients', 'verify', '--tag', 'eu')).toBe(
      `Marked 1 recipient verified on ${todayIso()}\n1 without a holder's name left to verify: add the holder first\n`,
    );
    expect((await stored(dir, ana.id)).toVerify).toBe(false);
    expect((await stored(dir, vacant.id)).toVerify).toBe(true);
    expect((await stored(dir, bo.id)).verifiedOn).toBeNull();
    expect(await cli(dir).run('recipients', 'verify', '--all', '--date', '2026-02-01')).toContain('Marked 2 recipients verified on 2026-02-01');
    expect((await stored(dir, bo.id)).verifiedOn).toBe('2026-02-01');
    const json = JSON.parse(await cli(dir).run('--json', 'recipients', 'verify', '--all')) as unknown;
    expect(json).toEqual({ verified: 2, noHolder: 1, date: todayIso() });
  });

  it('refuses a bad date, a day ahead, unknown ids and a request naming no recipients or two ways, in one line, writing nothing', async () => {
    const dir = tempDir();
    const ana = await addRecipient(dir, '--country', 'ES', '--office', 'Prime Minister', '--name', 'Ana');
    expect(await cli(dir).fail('recipients', 'verify', '--all', '--date', '03/02/2026')).toBe(
      '--date must be a day written YYYY-MM-DD, such as 2026-03-31, not "03/02/2026"',
    );
    expect(await cli(dir).fail('recipients', 'verify', '--all', '--date', '2026-02-30')).toMatch(/^--date must be a day/);
    expect(await cli(dir).fail('recipients', 'verify', '--all', '--date', '2999-01-01')).toMatch(/2999-01-01 is in the future/);
    expect(await cli(dir).fail('recipients', 'verify')).toMatch(/^say which recipients/);
    expect(await cli(dir).fail('recipients', 'verify', ana.id, '--all')).toMatch(/^say which recipients/);
    expect(await cli(dir).fail('recipients', 'verify', 'ana')).toBe('"ana" is not a recipient id (ids are shown by "letterdesk recipients list")');
    expect((await stored(dir, ana.id)).verifiedOn).toBeNull();
    expect(await cli(dir).run('recipients', 'verify', ana.id, '0190e0a0-0000-7000-8000-000000000000')).toContain('1 of the ids given is not in the list');
  });
});

describe('letterdesk recipients import, filling holders', () => {
  it('says how many updates add a holder to an office entry', async () => {
    const dir = tempDir();
    await addRecipient(dir, '--country', 'FR', '--office', 'Prime Minister');
    const file = path.join(dir, 'socios.csv');
    fs.writeFileSync(file, 'País;Nombre;Cargo\nFrancia;Claire Martin;Primera ministra\n');
    expect(await cli(dir).run('recipients', 'import', file, '--dry-run')).toBe(
      'Dry run: nothing written. created 0, updated 1 (1 with a holder added), skipped 0\n',
    );
    expect(await cli(dir).run('recipients', 'import', file)).toBe('created 0, updated 1 (1 with a holder added), skipped 0\n');
    expect(await cli(dir).run('recipients', 'list')).toContain('Claire Martin — Prime Minister, France');
  });
});
