import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RekeyStep } from '../../../electron/core/security/rekey-workspace';
import { isPlainSqliteFile } from '../../../electron/core/db/cipher';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { allFiles, ok, open, recipientNames } from './encryption-helpers';

const tempDir = tempDirsRemovedAfterEach(afterEach);
const CHILD = path.join(__dirname, 'rekey-child.ts');
const OLD = 'the old passphrase';
const NEW = 'the new passphrase';

/** Changes the passphrase in a child process that is killed (SIGKILL) right after `step`. */
function crashAt(dataDir: string, step: RekeyStep, from: string, to: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, LETTERDESK_DATA: dataDir, KILL_AT: step, FROM: from, TO: to },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** The workspace opens with `key` (none: unencrypted) and holds exactly `names`. */
async function opensWith(dataDir: string, key: string | undefined, names: string[]): Promise<void> {
  const { workspace } = await open(dataDir, key);
  try {
    expect(workspace.status().state).toBe('ready');
    expect(recipientNames(workspace)).toEqual(names);
  } finally {
    workspace.close();
  }
}

/**
 * The key not in force does not open the database, and the file is left as
 * it was. Right after the swap of a change, the old passphrase still opens the
 * backups (not yet re-encrypted), so it reads as "damaged" with a restore on
 * offer (of data as it was just before the change): never as ready.
 */
async function doesNotOpenWith(dataDir: string, key: string): Promise<void> {
  const file = path.join(dataDir, 'letterdesk.db');
  const before = fs.readFileSync(file);
  const { workspace } = await open(dataDir, key);
  try {
    expect(['locked', 'damaged']).toContain(workspace.status().state);
  } finally {
    workspace.close();
  }
  expect(fs.readFileSync(file).equals(before)).toBe(true);
}

describe('a passphrase change killed midway', () => {
  const cases: [RekeyStep, string, string, boolean][] = [
    // step, from ('' = none), to ('' = remove), whether the new state is in force
    ['backed-up', '', NEW, false],
    ['copied', '', NEW, false],
    ['marked', '', NEW, false],
    ['swapped', '', NEW, true],
    ['copied', OLD, NEW, false],
    ['marked', OLD, NEW, false],
    ['swapped', OLD, NEW, true],
    ['marked', OLD, '', false],
    ['swapped', OLD, '', true],
  ];

  it.each(cases)('after "%s" (%j -> %j) leaves either the old or the new state, whole', async (step, from, to, newInForce) => {
    const dir = tempDir();
    const first = await open(dir);
    const names = ['Ana Antes', 'Bruno Durante'];
    for (const name of names) await ok(first.handlers, 'recipients.create', { countryCode: 'ES', office: 'Ministra', name });
    if (from) await ok(first.handlers, 'workspace.setPassphrase', { next: from });
    const expected = recipientNames(first.workspace);
    first.workspace.close();

    const child = crashAt(dir, step, from, to);
    expect(child.signal, child.stderr).toBe('SIGKILL');

    const [inForce, other] = newInForce ? [to, from] : [from, to];
    expect(isPlainSqliteFile(path.join(dir, 'letterdesk.db'))).toBe(inForce === '');
    // An unencrypted file opens whatever key is given; an encrypted one only with its own.
    if (other && inForce) await doesNotOpenWith(dir, other);
    await opensWith(dir, inForce || undefined, expected);
    // The marker follows the file; leftover copies are removed at the next open.
    expect(fs.existsSync(path.join(dir, 'letterdesk.encrypted.json'))).toBe(inForce !== '');
    expect(allFiles(dir).filter((file) => file.includes('.rekey-part'))).toEqual([]);
  });
});
