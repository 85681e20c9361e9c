import { dispatch } from '../../../electron/core/api/dispatch';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, restoreBackup, takeBackup, verifyBackup } from '../../../electron/core/backups';
import { MARKER_FILE } from '../../../electron/core/security/encryption-marker';
import { delayAfter } from '../../../electron/core/security/unlock-throttle';
import { isPlainSqliteFile } from '../../../electron/core/db/cipher';
import type { WorkspaceStatus } from '../../../shared/workspace/contract';
import type { PassphraseChange } from '../../../shared/security/schemas';
import { callTracking, openTrackingWorkspace, type Setup } from '../tracking/tracking-test-helpers';
import { filesContaining, keyFromPassphrase, ok, open, recipientNames } from './encryption-helpers';

const PASS = 'correct horse battery staple';
const OTHER = 'another long passphrase';
const SECRET_NAME = 'Zorbagh Plaintextova';
const LATER_NAME = 'Quintessa Afterkey';
/** A PDF whose bytes carry a pattern found nowhere else. */
const ATTACHMENT = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('ATTACHMENT-7f3a9c-UNIQUE-BYTES '.repeat(40)), Buffer.from('\n%%EOF\n')]);
const NEEDLES = [SECRET_NAME, LATER_NAME, Buffer.from('ATTACHMENT-7f3a9c-UNIQUE-BYTES')];

const toClose: { close(): void }[] = [];
afterEach(() => {
  for (const item of toClose.splice(0)) item.close();
});

/** A workspace with a recipient and a reply with an attachment, all through the API. */
async function populated(): Promise<Setup> {
  const s = await openTrackingWorkspace();
  toClose.push({ close: () => s.t.cleanup() });
  await ok(s.t.handlers, 'recipients.create', { countryCode: 'PT', office: 'Primeiro-Ministro', name: SECRET_NAME });
  await callTracking(s.t, 'tracking.record', {
    campaignId: s.campaign.id,
    recipientId: s.france.id,
    kind: 'replied',
    occurredOn: s.campaign.letterDate,
    note: 'Reply attached',
    attachment: { fileName: 'reply.pdf', contentBase64: ATTACHMENT.toString('base64') },
  });
  return s;
}

describe('encryption at rest', () => {
  it('leaves no plaintext in the database, its WAL or its backups', async () => {
    const s = await populated();
    const { dir, handlers, workspace } = s.t;
    await ok(handlers, 'backups.create');
    expect(filesContaining(dir, NEEDLES).length).toBeGreaterThan(0); // the check can find plaintext

    const set = await ok<PassphraseChange>(handlers, 'workspace.setPassphrase', { next: PASS });
    expect(set).toMatchObject({ result: 'done', encryption: { enabled: true, remembered: false }, backupsSkipped: [] });
    expect(set.backupsUpdated).toBeGreaterThanOrEqual(2); // the manual one and the pre-passphrase one
    await ok(handlers, 'recipients.create', { countryCode: 'IE', office: 'Taoiseach', name: LATER_NAME });
    await ok(handlers, 'backups.create');

    // While open: the live WAL holds the newest recipient, encrypted.
    expect(fs.existsSync(`${workspace.databaseFile}-wal`)).toBe(true);
    expect(filesContaining(dir, NEEDLES)).toEqual([]);
    workspace.close();
    expect(filesContaining(dir, NEEDLES)).toEqual([]);
    expect(isPlainSqliteFile(workspace.databaseFile)).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8'))).toMatchObject({ cipher: 'sqlcipher', legacy: 4 });
    expect(fs.readFileSync(path.join(dir, MARKER_FILE), 'utf8')).not.toContain(PASS);

    const again = await open(dir, PASS);
    toClose.push(again.workspace);
    expect(recipientNames(again.workspace)).toEqual(expect.arrayContaining([SECRET_NAME, LATER_NAME]));
    const blob = again.workspace.db().prepare('SELECT data FROM attachments').pluck().get() as Buffer;
    expect(Buffer.compare(blob, ATTACHMENT)).toBe(0);
  });

  it('opens locked, not damaged, without the passphrase or with a wrong one, and leaves the file untouched', async () => {
    const s = await populated();
    await ok(s.t.handlers, 'workspace.setPassphrase', { next: PASS });
    const file = s.t.workspace.databaseFile;
    s.t.workspace.close();
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();

    for (const passphrase of [undefined, 'not the passphrase']) {
      const { workspace, handlers } = await open(s.t.dir, passphrase);
      toClose.push(workspace);
      const status = await ok<WorkspaceStatus>(handlers, 'workspace.status');
      expect(status).toMatchObject({ state: 'locked', encryption: { enabled: true }, retryInSeconds: 0 });
      expect(JSON.stringify(status)).not.toContain('not the passphrase');
      workspace.close();
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
    }
    expect(hash()).toBe(before);
  });

  it('unlocks with the right passphrase and makes each wrong one wait longer, enforced in main', async () => {
    const s = await populated();
    await ok(s.t.handlers, 'workspace.setPassphrase', { next: PASS });
    s.t.workspace.close();
    let now = 1_000_000;
    const { workspace, handlers } = await open(s.t.dir, undefined, { now: () => now });
    toClose.push(workspace);

    const unlock = (passphrase: string) => ok<{ result: string; retryInSeconds?: number }>(handlers, 'workspace.unlock', { passphrase });
    expect(await unlock('wrong 1')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 0 });
    expect(await unlock('wrong 2')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 0 });
    expect(await unlock('wrong 3')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 1 });
    // Too soon: even the right passphrase is not tried.
    expect(await unlock(PASS)).toEqual({ result: 'wait', retryInSeconds: 1 });
    expect(await ok(handlers, 'workspace.status')).toMatchObject({ state: 'locked', retryInSeconds: 1 });
    now += 1000;
    expect(await unlock('wrong 4')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 2 });
    now += 2000;
    expect(await unlock('wrong 5')).toEqual({ result: 'wrong_passphrase', retryInSeconds: 4 });
    expect([6, 7, 8, 9, 10].map(delayAfter)).toEqual([8000, 16000, 30000, 30000, 30000]);
    now += 4000;
    expect(await unlock(PASS)).toMatchObject({ result: 'unlocked', encryption: { enabled: true } });
    expect(await ok(handlers, 'workspace.status')).toMatchObject({ state: 'ready' });
    expect(recipientNames(workspace)).toContain(SECRET_NAME);
  });

  it('keeps the wait after wrong passphrases across a restart', async () => {
    const s = await populated();
    await ok(s.t.handlers, 'workspace.setPassphrase', { next: PASS });
    s.t.workspace.close();
    let now = 5_000_000;
    const first = await open(s.t.dir, undefined, { now: () => now });
    toClose.push(first.workspace);
    for (const wrong of ['wrong 1', 'wrong 2', 'wrong 3']) await ok(first.handlers, 'workspace.unlock', { passphrase: wrong });
    now += 1000;
    expect(await ok(first.handlers, 'workspace.unlock', { passphrase: 'wrong 4' })).toEqual({ result: 'wrong_passphrase', retryInSeconds: 2 });
    first.workspace.close();

    // The app quits and starts again (a new workspace object): the count and the wait are still there.
    const second = await open(s.t.dir, undefined, { now: () => now });
    toClose.push(second.workspace);
    expect(await ok(second.handlers, 'workspace.status')).toMatchObject({ state: 'locked', retryInSeconds: 2 });
    expect(await ok(second.handlers, 'workspace.unlock', { passphrase: PASS })).toEqual({ result: 'wait', retryInSeconds: 2 });
    now += 2000;
    expect(await ok(second.handlers, 'workspace.unlock', { passphrase: 'wrong 5' })).toEqual({ result: 'wrong_passphrase', retryInSeconds: 4 });
    now += 4000;
    expect(await ok(second.handlers, 'workspace.unlock', { passphrase: PASS })).toMatchObject({ result: 'unlocked' });
    // The right passphrase starts the count again, for the next start too.
    second.workspace.close();
    const third = await open(s.t.dir, undefined, { now: () => now });
    toClose.push(third.workspace);
    expect(await ok(third.handlers, 'workspace.status')).toMatchObject({ state: 'locked', retryInSeconds: 0 });
  });

  it('refuses to start afresh while the workspace is locked, and keeps the file where it is', async () => {
    const s = await populated();
    await ok(s.t.handlers, 'workspace.setPassphrase', { next: PASS });
    s.t.workspace.close();
    const { workspace, handlers } = await open(s.t.dir);
    toClose.push(workspace);
    const result = await dispatch(handlers, 'workspace.startFresh', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/locked, not damaged/) } });
    await expect(workspace.startFresh()).rejects.toThrow(/locked, not damaged/);
    expect(fs.existsSync(path.join(s.t.dir, 'damaged'))).toBe(false);
    const again = await open(s.t.dir, PASS);
    toClose.push(again.workspace);
    expect(recipientNames(again.workspace)).toContain(SECRET_NAME);
  });

  it('keeps every row and attachment through a change and a removal of the passphrase', async () => {
    const s = await populated();
    const { dir, handlers, workspace } = s.t;
    const snapshot = () => ({
      names: recipientNames(workspace),
      events: workspace.db().prepare('SELECT count(*) FROM contact_events').pluck().get(),
      attachment: (workspace.db().prepare('SELECT data FROM attachments').pluck().get() as Buffer).toString('base64'),
    });
    const before = snapshot();
    await ok(handlers, 'workspace.setPassphrase', { next: PASS });
    expect(snapshot()).toEqual(before);

    expect(await ok(handlers, 'workspace.setPassphrase', { current: 'a wrong one', next: OTHER })).toMatchObject({ result: 'wrong_passphrase' });
    expect(await ok(handlers, 'workspace.setPassphrase', { current: PASS, next: OTHER })).toMatchObject({ result: 'done' });
    expect(snapshot()).toEqual(before);
    workspace.close();
    const withOld = await open(dir, PASS);
    toClose.push(withOld.workspace);
    expect(withOld.workspace.status().state).toBe('locked');
    withOld.workspace.close();
    const withNew = await open(dir, OTHER);
    toClose.push(withNew.workspace);
    expect(withNew.workspace.status().state).toBe('ready');
    for (const backup of listBackups(dir)) expect(verifyBackup(backup.file, { key: await keyFromPassphrase(backup.file, OTHER) }).ok, backup.name).toBe(true);

    expect(await ok(withNew.handlers, 'workspace.removePassphrase', { current: OTHER })).toMatchObject({ result: 'done', encryption: { enabled: false } });
    withNew.workspace.close();
    expect(isPlainSqliteFile(path.join(dir, 'letterdesk.db'))).toBe(true);
    expect(fs.existsSync(path.join(dir, MARKER_FILE))).toBe(false);
    for (const backup of listBackups(dir)) expect(isPlainSqliteFile(backup.file), backup.name).toBe(true);
    const plain = await open(dir);
    toClose.push(plain.workspace);
    expect(plain.workspace.status().state).toBe('ready');
    expect(recipientNames(plain.workspace)).toEqual(before.names);
  });

  it('backs up, verifies and restores an encrypted workspace; a backup needs the key', async () => {
    const s = await populated();
    const { dir, handlers, workspace } = s.t;
    await ok(handlers, 'workspace.setPassphrase', { next: PASS });
    const backup = await takeBackup(workspace, 'manual');
    expect(verifyBackup(backup.file, { key: await keyFromPassphrase(backup.file, PASS) })).toMatchObject({ ok: true });
    expect(verifyBackup(backup.file).problems).toEqual(['it is not an SQLite database']);
    expect(verifyBackup(backup.file, { key: await keyFromPassphrase(backup.file, OTHER) }).problems[0]).toMatch(
      /cannot be opened with this workspace's passphrase/,
    );
    expect(await ok(handlers, 'backups.verify', { name: backup.name })).toMatchObject({ ok: true });

    await ok(handlers, 'recipients.create', { countryCode: 'IE', office: 'Taoiseach', name: LATER_NAME });
    const restored = await restoreBackup(workspace, backup.file);
    expect(restored.status.state).toBe('ready');
    expect(recipientNames(workspace)).not.toContain(LATER_NAME);
    expect(recipientNames(workspace)).toContain(SECRET_NAME);
    expect(isPlainSqliteFile(restored.undoBackup!)).toBe(false);
    expect(filesContaining(dir, NEEDLES)).toEqual([]);
  });

  it('gets everything back after the database file is broken by hand: passphrase, then the newest backup', async () => {
    const s = await populated();
    const { dir, handlers, workspace } = s.t;
    await ok(handlers, 'workspace.setPassphrase', { next: PASS });
    await ok(handlers, 'backups.create');
    const names = recipientNames(workspace);
    workspace.close();
    const file = path.join(dir, 'letterdesk.db');
    const bytes = fs.readFileSync(file);
    crypto.randomFillSync(bytes, 0, 4096); // the first page, where the wrong key and the damage look alike
    fs.writeFileSync(file, bytes);

    const wrong = await open(dir, 'not the passphrase');
    toClose.push(wrong.workspace);
    expect(wrong.workspace.status().state).toBe('locked');
    wrong.workspace.close();

    const { workspace: broken, handlers: brokenHandlers } = await open(dir);
    toClose.push(broken);
    expect(broken.status().state).toBe('locked');
    expect(await ok(brokenHandlers, 'workspace.unlock', { passphrase: PASS })).toMatchObject({ result: 'unlocked' });
    expect(broken.status()).toMatchObject({ state: 'damaged', detail: expect.stringMatching(/passphrase is right/) });
    const newest = listBackups(dir).find((b) => b.label === 'manual')!;
    await ok(brokenHandlers, 'backups.restore', { name: newest.name });
    expect(broken.status().state).toBe('ready');
    expect(recipientNames(broken)).toEqual(names);
    expect(isPlainSqliteFile(file)).toBe(false);
  });
});
