import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups, restoreBackup } from '../../../electron/core/backups';
import { saveBackupTo } from '../../../electron/core/backups/backup-files';
import { DatabaseKey } from '../../../electron/core/db/cipher';
import { openDatabase } from '../../../electron/core/db/database';
import { newKdf } from '../../../electron/core/db/key-derivation';
import { rekeyFile } from '../../../electron/core/db/rekey';
import { MARKER_FILE, PART_SUFFIX, writeMarker } from '../../../electron/core/security/encryption-marker';
import type { Workspace } from '../../../electron/core/workspace/workspace';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { ok, open, recipientNames } from './encryption-helpers';
import { folderDigest, markerOf, newSchemeOnly, oldScheme, oldSchemeWorkspace, opensWith, rawKeyFor } from './old-scheme';

const tempDir = tempDirsRemovedAfterEach(afterEach);
const PASS = 'correct horse battery staple';
const OTHER = 'another long passphrase';
const NAMES = ['Ana Antes', 'Bruno Durante'];

const toClose: Workspace[] = [];
afterEach(() => {
  for (const workspace of toClose.splice(0)) workspace.close();
});

async function opened(dir: string, passphrase?: string) {
  const result = await open(dir, passphrase);
  toClose.push(result.workspace);
  return result;
}

const db = (dir: string) => path.join(dir, 'letterdesk.db');

describe('the workspace key: scrypt, then the raw key to SQLCipher', () => {
  it('names scrypt, its cost and a random salt in the marker (never the key), and the file opens with the raw key only', async () => {
    const dirs = [tempDir(), tempDir()];
    for (const dir of dirs) {
      const { workspace, handlers } = await opened(dir);
      await ok(handlers, 'recipients.create', { countryCode: 'ES', office: 'Ministra', name: NAMES[0] });
      await ok(handlers, 'workspace.setPassphrase', { next: PASS });
      workspace.close();
    }
    const [marker, second] = dirs.map(markerOf);
    expect(marker).toMatchObject({ format: 2, cipher: 'sqlcipher', legacy: 4, kdf: { name: 'scrypt', N: 65536, r: 8, p: 1, keyBytes: 32 } });
    const salt = Buffer.from(marker.kdf!.salt, 'base64');
    expect(salt.length).toBe(16);
    expect(second.kdf!.salt).not.toBe(marker.kdf!.salt); // one salt per workspace
    // SQLCipher's own salt, in clear at the start of the file, is the derivation's.
    expect(fs.readFileSync(db(dirs[0])).subarray(0, 16).equals(salt)).toBe(true);

    const raw = rawKeyFor(db(dirs[0]), PASS);
    const markerText = fs.readFileSync(path.join(dirs[0], MARKER_FILE), 'utf8');
    expect(markerText).not.toContain(PASS);
    expect(markerText.toLowerCase()).not.toContain(raw.toString('hex'));
    expect(markerText).not.toContain(raw.toString('base64'));

    expect(opensWith(db(dirs[0]), `x'${raw.toString('hex')}'`)).toBe(true);
    expect(opensWith(db(dirs[0]), PASS)).toBe(false); // the passphrase's bytes alone (SQLCipher's PBKDF2) do not
    for (const backup of listBackups(dirs[0])) expect(newSchemeOnly(backup.file, PASS), backup.name).toBe(true);
  });

  it('derives the key the README says: Python hashlib.scrypt with the file salt opens the file', async () => {
    const dir = tempDir();
    const { workspace, handlers } = await opened(dir);
    await ok(handlers, 'workspace.setPassphrase', { next: 'p\u00e4ssw\u00f6rd with \u00fcmlauts, long enough 42' });
    workspace.close();
    const script = [
      // The README's recipe, with the passphrase from argv instead of getpass.
      'import hashlib,sys,unicodedata as u',
      's=open(sys.argv[1],"rb").read(16)',
      'p=u.normalize("NFC",sys.argv[2]).encode()',
      'print(hashlib.scrypt(p, salt=s, n=65536, r=8, p=1, maxmem=80*2**20, dklen=32).hex())',
    ].join('\n');
    // Typed decomposed (a + combining diaeresis), as some keyboards send it.
    const python = spawnSync('python3', ['-c', script, db(dir), 'pa\u0308sswo\u0308rd with u\u0308mlauts, long enough 42'], { encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
    expect(opensWith(db(dir), `x'${python.stdout.trim()}'`)).toBe(true);
  });

  it('never prints a key: inspect, JSON and String show a placeholder, derived or not', async () => {
    const key = await new DatabaseKey(PASS).derive(newKdf());
    const raw = key.sqliteKey().toString('ascii');
    for (const shown of [inspect(key), JSON.stringify({ key }), String(key), `${key}`]) {
      expect(shown).not.toContain(PASS);
      expect(shown).not.toContain(raw.slice(2, 20));
    }
  });

  it('opens an old-scheme workspace with its passphrase, moves it to the raw key, and afterwards only the new scheme opens it', async () => {
    const dir = tempDir();
    await oldSchemeWorkspace(dir, PASS, NAMES);
    expect(oldScheme(db(dir), PASS)).toBe(true);
    const oldBackups = listBackups(dir).map((b) => b.name);
    expect(oldBackups.every((name) => oldScheme(path.join(dir, 'backups', name), PASS))).toBe(true);

    const first = await opened(dir, PASS);
    expect(first.workspace.status().state).toBe('ready');
    expect(recipientNames(first.workspace)).toEqual(NAMES);
    expect(first.workspace.databaseKey()?.kdf).not.toBeNull();
    first.workspace.close();

    const marker = markerOf(dir);
    expect(marker).toMatchObject({ format: 2, kdf: { name: 'scrypt', N: 65536 } });
    expect(fs.readFileSync(db(dir)).subarray(0, 16).toString('base64')).toBe(marker.kdf!.salt);
    expect(newSchemeOnly(db(dir), PASS)).toBe(true);
    // The old backup and the one the move took are on the new scheme too.
    const backups = listBackups(dir);
    expect(backups.map((b) => b.label)).toContain('pre-passphrase');
    for (const backup of backups) expect(newSchemeOnly(backup.file, PASS), backup.name).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.includes(PART_SUFFIX))).toEqual([]);

    // Opened again: no second move, same data.
    const again = await opened(dir, PASS);
    expect(again.workspace.status().state).toBe('ready');
    expect(recipientNames(again.workspace)).toEqual(NAMES);
    expect(listBackups(dir).length).toBe(backups.length);
    expect(markerOf(dir)).toEqual(marker);
  });

  it('leaves an old-scheme workspace another window has open on the old scheme, open, and moves it at the next unlock', async () => {
    const dir = tempDir();
    await oldSchemeWorkspace(dir, PASS, NAMES);
    const otherWindow = openDatabase(db(dir), { key: new DatabaseKey(PASS) }); // WAL mode, like the app
    otherWindow.prepare('SELECT count(*) FROM recipients').get(); // and reading: its -wal is there
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    try {
      const first = await opened(dir, PASS);
      expect(first.workspace.status().state).toBe('ready');
      expect(recipientNames(first.workspace)).toEqual(NAMES);
      first.workspace.close();
    } finally {
      spy.mockRestore();
      otherWindow.close();
    }
    expect(String(errors[0])).toMatch(/stays on the old key scheme for now \(Another Letterdesk window or command is using this workspace/);
    expect(oldScheme(db(dir), PASS)).toBe(true);

    const next = await opened(dir, PASS);
    expect(recipientNames(next.workspace)).toEqual(NAMES);
    next.workspace.close();
    expect(newSchemeOnly(db(dir), PASS)).toBe(true);
  });

  it('refuses a wrong passphrase on an old-scheme workspace as before, and changes nothing', async () => {
    const dir = tempDir();
    await oldSchemeWorkspace(dir, PASS, NAMES);
    const before = folderDigest(dir);
    const { workspace, handlers } = await opened(dir);
    expect(workspace.status().state).toBe('locked');
    const unlock = (passphrase: string) => ok<{ result: string; retryInSeconds?: number }>(handlers, 'workspace.unlock', { passphrase });
    expect(await unlock('wrong 1')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 0 });
    expect(await unlock('wrong 2')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 0 });
    expect(await unlock('wrong 3')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 1 });
    expect(workspace.status()).toMatchObject({ state: 'locked', detail: 'The passphrase is not right.' });
    expect(folderDigest(dir)).toBe(before);
    expect(markerOf(dir)).toMatchObject({ format: 1 });
  });

  it('unlocks an old-scheme workspace through the API and moves it then', async () => {
    const dir = tempDir();
    await oldSchemeWorkspace(dir, PASS, NAMES);
    const { workspace, handlers } = await opened(dir);
    expect(await ok(handlers, 'workspace.unlock', { passphrase: PASS })).toMatchObject({ result: 'unlocked', encryption: { enabled: true } });
    expect(recipientNames(workspace)).toEqual(NAMES);
    // A passphrase change from there works on the new key, with a fresh salt.
    const salt = markerOf(dir).kdf!.salt;
    expect(await ok(handlers, 'workspace.setPassphrase', { current: PASS, next: OTHER })).toMatchObject({ result: 'done', backupsSkipped: [] });
    workspace.close();
    expect(markerOf(dir).kdf!.salt).not.toBe(salt);
    expect(newSchemeOnly(db(dir), OTHER)).toBe(true);
    for (const backup of listBackups(dir)) expect(newSchemeOnly(backup.file, OTHER), backup.name).toBe(true);
  });

  it('restores an old-scheme backup into a workspace on the raw key, which stays on the raw key', async () => {
    const dir = tempDir();
    await oldSchemeWorkspace(dir, PASS, NAMES);
    const [oldBackup] = listBackups(dir);
    const kept = path.join(tempDir(), 'old-backup.sqlite');
    fs.copyFileSync(oldBackup.file, kept); // saved elsewhere before the move, so still on the old scheme

    const { workspace, handlers } = await opened(dir, PASS);
    await ok(handlers, 'recipients.create', { countryCode: 'IE', office: 'Taoiseach', name: 'Later Added' });
    expect(oldScheme(kept, PASS)).toBe(true);
    const restored = await restoreBackup(workspace, kept);
    expect(restored.status.state).toBe('ready');
    expect(recipientNames(workspace)).toEqual(NAMES);
    workspace.close();
    expect(newSchemeOnly(db(dir), PASS)).toBe(true);
  });

  it('restores a backup saved from another workspace with the same passphrase (another salt)', async () => {
    const source = tempDir();
    const s = await opened(source);
    await ok(s.handlers, 'recipients.create', { countryCode: 'PT', office: 'Primeiro-Ministro', name: 'From Elsewhere' });
    await ok(s.handlers, 'workspace.setPassphrase', { next: PASS });
    const saved = path.join(tempDir(), 'saved.sqlite');
    await saveBackupTo(s.workspace, saved);
    s.workspace.close();

    const target = tempDir();
    const t = await opened(target);
    await ok(t.handlers, 'workspace.setPassphrase', { next: PASS });
    expect(markerOf(target).kdf!.salt).not.toBe(markerOf(source).kdf!.salt);
    const restored = await restoreBackup(t.workspace, saved);
    expect(restored.status.state).toBe('ready');
    expect(recipientNames(t.workspace)).toEqual(['From Elsewhere']);
    t.workspace.close();
    // Re-encrypted with the target's own salt on its way in.
    expect(fs.readFileSync(db(target)).subarray(0, 16).toString('base64')).toBe(markerOf(target).kdf!.salt);
    expect(newSchemeOnly(db(target), PASS)).toBe(true);
  });
});

describe('a move to the raw key interrupted', () => {
  /**
   * The folder as a crash leaves it after a step of the move (see
   * rekeyWorkspace): the re-encrypted copy written beside the old file
   * ('copied'), and also the marker naming its salt ('marked').
   */
  async function interruptedMove(dir: string, step: 'copied' | 'marked'): Promise<void> {
    await oldSchemeWorkspace(dir, PASS, NAMES);
    const next = await new DatabaseKey(PASS).derive(newKdf());
    const part = `${db(dir)}${PART_SUFFIX}`;
    fs.copyFileSync(db(dir), part);
    rekeyFile(part, new DatabaseKey(PASS), next);
    if (step === 'marked') writeMarker(dir, next.kdf!);
  }

  it.each(['copied', 'marked'] as const)('after "%s" the passphrase still opens it, and the move is made whole', async (step) => {
    const dir = tempDir();
    await interruptedMove(dir, step);
    expect(oldScheme(db(dir), PASS)).toBe(true);
    expect(markerOf(dir).format).toBe(step === 'marked' ? 2 : 1);

    const { workspace } = await opened(dir, PASS);
    expect(workspace.status().state).toBe('ready');
    expect(recipientNames(workspace)).toEqual(NAMES);
    workspace.close();
    expect(newSchemeOnly(db(dir), PASS)).toBe(true);
    expect(fs.readFileSync(db(dir)).subarray(0, 16).toString('base64')).toBe(markerOf(dir).kdf!.salt);
    expect(fs.existsSync(`${db(dir)}${PART_SUFFIX}`)).toBe(false);
  });

  it('a passphrase change stopped after its marker was written: the old passphrase opens it, and the marker is put right', async () => {
    const dir = tempDir();
    const { workspace, handlers } = await opened(dir);
    await ok(handlers, 'recipients.create', { countryCode: 'ES', office: 'Ministra', name: NAMES[0] });
    await ok(handlers, 'workspace.setPassphrase', { next: PASS });
    workspace.close();
    const inForce = markerOf(dir).kdf!.salt;
    writeMarker(dir, newKdf()); // what the change of the passphrase wrote before it stopped

    const reopened = await opened(dir, PASS);
    expect(reopened.workspace.status().state).toBe('ready');
    expect(recipientNames(reopened.workspace)).toEqual([NAMES[0]]);
    reopened.workspace.close();
    expect(markerOf(dir).kdf!.salt).toBe(inForce);
    const other = await opened(dir, OTHER);
    expect(other.workspace.status().state).toBe('locked');
  });
});
