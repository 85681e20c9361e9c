import { afterEach, describe, expect, it } from 'vitest';
import { openAppSession } from '../../../electron/core/workspace/app-session';
import { memoryKeyStore, noKeyStore } from '../../../electron/core/security/key-store';
import { dispatch } from '../../../electron/core/api/dispatch';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { ok, open } from './encryption-helpers';

const tempDir = tempDirsRemovedAfterEach(afterEach);
const PASS = 'correct horse battery staple';
const closing: { close(): void }[] = [];
afterEach(() => {
  for (const c of closing.splice(0)) c.close();
});

describe('remembering the passphrase', () => {
  it('keeps it in a real keyring when asked, follows a change, opens the next session, and forgets it on removal', async () => {
    const dir = tempDir();
    const keyring = memoryKeyStore();
    const first = await open(dir, undefined, { keyStore: keyring });
    closing.push(first.workspace);
    await ok(first.handlers, 'workspace.setPassphrase', { next: PASS, remember: true });
    expect([...keyring.entries.values()]).toEqual([PASS]);
    expect(await ok(first.handlers, 'workspace.status')).toMatchObject({ encryption: { enabled: true, remembered: true, cannotRemember: null } });
    await ok(first.handlers, 'workspace.setPassphrase', { current: PASS, next: 'the second passphrase' });
    expect([...keyring.entries.values()]).toEqual(['the second passphrase']);
    first.workspace.close();

    const session = await openAppSession({ dataDir: dir }, { keyStore: keyring });
    closing.push(session);
    expect(session.workspace.status().state).toBe('ready');
    await ok(session.handlers, 'workspace.removePassphrase', { current: 'the second passphrase' });
    expect(keyring.entries.size).toBe(0);
  });

  it('never stores it without a real OS keyring, and says why', async () => {
    const dir = tempDir();
    const first = await open(dir, undefined, { keyStore: noKeyStore('no_os_keyring') });
    closing.push(first.workspace);
    await ok(first.handlers, 'workspace.setPassphrase', { next: PASS, remember: true });
    expect(await ok(first.handlers, 'workspace.status')).toMatchObject({ encryption: { enabled: true, remembered: false, cannotRemember: 'no_os_keyring' } });
    const refused = await dispatch(first.handlers, 'workspace.rememberPassphrase', { remember: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/no keyring Letterdesk can trust/) } });
    first.workspace.close();

    // Browser mode and the CLI: nothing remembered, so the next session starts locked.
    const session = await openAppSession({ dataDir: dir });
    closing.push(session);
    expect(await ok(session.handlers, 'workspace.status')).toMatchObject({ state: 'locked', encryption: { cannotRemember: 'not_in_this_mode' } });
    expect(await ok(session.handlers, 'workspace.unlock', { passphrase: PASS, remember: true })).toMatchObject({
      result: 'unlocked',
      encryption: { remembered: false },
    });
  });
});
