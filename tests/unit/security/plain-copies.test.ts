import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api/dispatch';
import { openDatabase } from '../../../electron/core/db/database';
import { newId } from '../../../electron/core/db/ids';
import { tempDirsRemovedAfterEach, tempWorkspacesRemovedAfterEach } from '../../helpers/workspace-per-test';
import { exportBytes, upload } from '../archive/archive-test-helpers';
import { filesContaining, keyFromPassphrase, ok, open } from './encryption-helpers';

/*
 * No plaintext left behind (issue 14, point 3): after a passphrase is set,
 * not one byte of the workspace folder names a recipient in clear, not even
 * in a file a fresh start set aside in damaged/ or an upload waiting in
 * archive-work/; what cannot be encrypted is deleted only with consent. And
 * copies written outside the workspace come with a warning.
 */

const newDir = tempDirsRemovedAfterEach(afterEach);
const newWorkspace = tempWorkspacesRemovedAfterEach();

const WITNESS = 'Zebulon Witness-Plaintext';
const PASSPHRASE = 'correct horse battery staple';
/** An archive's data is deflated, but a zip names its entries in clear: a readable archive shows this. */
const ZIP_ENTRY = 'manifest.json';
/** Anything that gives away a recipient, or an archive anyone can unzip. */
const PLAINTEXT = [WITNESS, ZIP_ENTRY];

/** An archive holding a recipient named `WITNESS`, from a workspace of its own. */
async function archiveWithWitness(): Promise<Buffer> {
  const other = await newWorkspace();
  await ok(other.handlers, 'recipients.create', { countryCode: 'KE', office: 'President', name: WITNESS });
  return exportBytes(other);
}

describe('setting a passphrase leaves no plaintext in the workspace folder', () => {
  it('re-encrypts a whole file in damaged/ and keeps a waiting upload encrypted and usable', async () => {
    const dir = newDir();
    const { workspace, handlers } = await open(dir);
    await ok(handlers, 'recipients.create', { countryCode: 'CL', office: 'Presidenta', name: WITNESS });
    const { keptFile } = await workspace.startFresh();
    expect(filesContaining(dir, [WITNESS])).toContain(keptFile);

    const t = { dir, workspace, handlers, cleanup: () => workspace.close() };
    const { uploadId } = await upload(t, await archiveWithWitness());
    // Staged encrypted from the first byte: nothing to find even before the passphrase.
    expect(filesContaining(path.join(dir, 'archive-work'), PLAINTEXT)).toEqual([]);

    const result = await ok<{ result: string; plainCopiesLeft: string[] }>(handlers, 'workspace.setPassphrase', { next: PASSPHRASE });
    expect(result.result).toBe('done');
    expect(result.plainCopiesLeft).toEqual([]);
    expect(filesContaining(dir, PLAINTEXT)).toEqual([]);

    // The damaged file is now encrypted with the workspace's passphrase, every row kept.
    const kept = openDatabase(keptFile, { readonly: true, key: await keyFromPassphrase(keptFile, PASSPHRASE) });
    expect(kept.prepare('SELECT name FROM recipients').pluck().all()).toEqual([WITNESS]);
    kept.close();
    // The upload still previews.
    const preview = await ok<{ report: { totals: { added: number } } }>(handlers, 'archive.preview', { uploadId, passphrase: null });
    expect(preview.report.totals.added).toBeGreaterThan(0);

    // It follows a passphrase change, and a removal, as the backups do.
    await ok(handlers, 'workspace.setPassphrase', { current: PASSPHRASE, next: 'another long passphrase' });
    const changed = openDatabase(keptFile, { readonly: true, key: await keyFromPassphrase(keptFile, 'another long passphrase') });
    expect(changed.prepare('SELECT count(*) FROM recipients').pluck().get()).toBe(1);
    changed.close();
    await ok(handlers, 'workspace.removePassphrase', { current: 'another long passphrase' });
    const plain = openDatabase(keptFile, { readonly: true });
    expect(plain.prepare('SELECT count(*) FROM recipients').pluck().get()).toBe(1);
    plain.close();
    workspace.close();
  });

  it('asks before deleting what cannot be encrypted: a broken file in damaged/, an upload left by an earlier run', async () => {
    const dir = newDir();
    fs.writeFileSync(path.join(dir, 'letterdesk.db'), `not a database, but it names ${WITNESS}`);
    const { workspace, handlers } = await open(dir);
    const fresh = await ok<{ keptFile: string }>(handlers, 'workspace.startFresh');
    fs.mkdirSync(path.join(dir, 'archive-work'), { recursive: true });
    const oldUpload = path.join(dir, 'archive-work', `upload-${newId()}.letterdesk`);
    fs.writeFileSync(oldUpload, await archiveWithWitness());

    const result = await ok<{ plainCopiesLeft: string[] }>(handlers, 'workspace.setPassphrase', { next: PASSPHRASE });
    const left = [path.relative(dir, fresh.keptFile), path.relative(dir, oldUpload)].map((p) => p.split(path.sep).join('/')).sort();
    expect([...result.plainCopiesLeft].sort()).toEqual(left);
    // Not deleted without consent.
    expect(filesContaining(dir, PLAINTEXT).sort()).toEqual([fresh.keptFile, oldUpload].sort());

    const refused = await dispatchRefusal(handlers, 'workspace.removePlainCopies', {});
    expect(refused).toMatch(/confirm/);
    const removed = await ok<{ removed: string[] }>(handlers, 'workspace.removePlainCopies', { confirm: true });
    expect([...removed.removed].sort()).toEqual(left);
    expect(filesContaining(dir, PLAINTEXT)).toEqual([]);
    workspace.close();
  });

  it('deletes them at once when the user consented with the passphrase', async () => {
    const dir = newDir();
    fs.writeFileSync(path.join(dir, 'letterdesk.db'), `broken, naming ${WITNESS}`);
    const { workspace, handlers } = await open(dir);
    await ok(handlers, 'workspace.startFresh');
    const result = await ok<{ plainCopiesLeft: string[] }>(handlers, 'workspace.setPassphrase', { next: PASSPHRASE, removePlainCopies: true });
    expect(result.plainCopiesLeft).toEqual([]);
    expect(filesContaining(dir, PLAINTEXT)).toEqual([]);
    workspace.close();
  });
});

describe('copies written outside the workspace come with a warning', () => {
  it('an unencrypted archive or backup: not encrypted, use full-disk encryption; an encrypted one: still a copy to look after', async () => {
    const t = await newWorkspace();
    type Warned = { copyWarning: { code: string; message: string } };
    const plain = await ok<Warned>(t.handlers, 'archive.export', { passphrase: null });
    expect(plain.copyWarning.code).toBe('plainCopy');
    expect(plain.copyWarning.message).toMatch(/not encrypted.*full-disk encryption/s);
    const sealed = await ok<Warned>(t.handlers, 'archive.export', { passphrase: 'a long archive passphrase' });
    expect(sealed.copyWarning.code).toBe('encryptedCopy');
    expect(sealed.copyWarning.message).toMatch(/full-disk encryption/);

    const backup = await ok<{ name: string }>(t.handlers, 'backups.create');
    const download = await ok<Warned>(t.handlers, 'backups.download', { name: backup.name });
    expect(download.copyWarning.code).toBe('plainCopy');
    await ok(t.handlers, 'workspace.setPassphrase', { next: PASSPHRASE });
    const after = await ok<{ name: string }>(t.handlers, 'backups.create');
    expect((await ok<Warned>(t.handlers, 'backups.download', { name: after.name })).copyWarning.code).toBe('encryptedCopy');
  });
});

async function dispatchRefusal(handlers: Parameters<typeof ok>[0], name: string, input: unknown): Promise<string> {
  const result = await dispatch(handlers, name, input);
  if (result.ok) throw new Error(`${name} succeeded; a refusal was expected`);
  return `${result.error.message} ${result.error.issues.map((i) => i.path.join('.')).join(' ')}`;
}
