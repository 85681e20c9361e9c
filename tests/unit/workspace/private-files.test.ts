import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/workspace/workspace';
import { openTempWorkspace } from '../../helpers/temp-workspace';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';
import { call, exportBytes, populate, upload } from '../archive/archive-test-helpers';

/*
 * Files private to their user (issue 14, point 5): after a session that
 * touches every kind of file the workspace folder holds (the database with
 * its WAL and SHM, attachments and images in it, backups, a staged archive
 * upload, a fresh start's damaged/ copy, the encryption markers), every
 * folder is 0700 and every file 0600. The umask is opened wide for the
 * test, so a mode that only the usual 022 umask would have narrowed shows.
 */

const onWindows = process.platform === 'win32';
if (onWindows) console.log('skipped: POSIX file modes (0700/0600) do not apply on Windows');

const newDir = tempDirsRemovedAfterEach(afterEach);
let umask = 0;
beforeAll(() => {
  if (!onWindows) umask = process.umask(0);
});
afterAll(() => {
  if (!onWindows) process.umask(umask);
});

/** Every folder and file under `dir` (itself included) whose mode is not private, as "mode path". */
function notPrivate(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    const stat = fs.statSync(at);
    const mode = stat.mode & 0o777;
    const expected = stat.isDirectory() ? 0o700 : 0o600;
    if (mode !== expected) out.push(`${mode.toString(8)} ${path.relative(dir, at) || '.'}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(at)) walk(path.join(at, name));
  };
  walk(dir);
  return out;
}

describe.skipIf(onWindows)('the workspace folder is private to its user', () => {
  it('every folder 0700 and every file 0600 after create, backup, archive upload, fresh start and passphrase', async () => {
    const dir = path.join(newDir(), 'workspace');
    const t = await openTempWorkspace({ dataDir: dir });
    try {
      await populate(t); // recipients, images (logo, signature), an attachment: all in the database
      await call(t, 'backups.create');
      const other = await openTempWorkspace();
      await call(other, 'recipients.create', { countryCode: 'KE', office: 'President', name: 'Someone Else' });
      const archive = await exportBytes(other);
      other.cleanup();
      const { uploadId } = await upload(t, archive);
      await call(t, 'archive.preview', { uploadId, passphrase: null });
      // Private as they are made, not only once the workspace is opened again.
      expect(notPrivate(dir)).toEqual([]);

      await t.workspace.startFresh();
      await call(t, 'recipients.create', { countryCode: 'CL', office: 'Presidenta', name: 'After Fresh' });
      await call(t, 'backups.create');
      await call(t, 'workspace.setPassphrase', { next: 'correct horse battery staple' });
      await call(t, 'recipients.create', { countryCode: 'FR', office: 'Président', name: 'After Passphrase' });

      const names = fs.readdirSync(dir);
      // The session reached every kind of file the brief names.
      expect(names).toEqual(expect.arrayContaining([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, 'backups', 'damaged', 'archive-work']));
      expect(fs.readdirSync(path.join(dir, 'damaged')).length).toBeGreaterThan(0);
      expect(fs.readdirSync(path.join(dir, 'archive-work')).length).toBeGreaterThan(0);
      expect(notPrivate(dir)).toEqual([]);
    } finally {
      t.cleanup();
    }
  });
});
