import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-workspace';
import { filesContaining, open, recipientNames } from '../security/encryption-helpers';
import { call, populate, refusal, upload } from './archive-test-helpers';
import fs from 'node:fs';
import type { TempWorkspace } from '../../helpers/temp-workspace';

/*
 * A workspace encrypted at rest: its archive must be encrypted too, and
 * neither exporting nor importing leaves its data unencrypted on the disk.
 */

const dirs: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function encryptedWorkspace(passphrase: string): Promise<TempWorkspace> {
  const dir = makeTempDir();
  dirs.push(dir);
  const { workspace, handlers } = await open(dir);
  closers.push(() => workspace.close());
  const t = { dir, workspace, handlers, cleanup: () => workspace.close() };
  await call(t, 'workspace.setPassphrase', { next: passphrase });
  return t;
}

describe('archives of an encrypted workspace', () => {
  it('must be encrypted, and moving one leaves no unencrypted copy on the disk', async () => {
    const source = await encryptedWorkspace('workspace secret one');
    expect(source.workspace.status().state).toBe('ready');
    await populate(source);
    const refused = await refusal(source, 'archive.export', { passphrase: null });
    expect(refused.message).toMatch(/its archive must be encrypted too/);

    const out = await call<{ contentBase64: string }>(source, 'archive.export', { passphrase: 'archive passphrase' });
    const bytes = Buffer.from(out.contentBase64, 'base64');
    expect(filesContaining(source.dir, ['Ana P', 'Rights Watch Coalition'])).toEqual([]);

    const target = await encryptedWorkspace('workspace secret two');
    const { uploadId } = await upload(target, bytes);
    const preview = await call<{ workspaceEmpty: boolean }>(target, 'archive.preview', { uploadId, passphrase: 'archive passphrase' });
    // An encrypted workspace is merged into, never replaced by an unencrypted file.
    expect(preview.workspaceEmpty).toBe(false);
    await call(target, 'archive.apply', { uploadId, passphrase: 'archive passphrase' });
    expect(recipientNames(target.workspace)).toEqual(['Ana Pérez', 'Jean Dupont']);
    expect(filesContaining(target.dir, ['Ana P', 'Rights Watch Coalition'])).toEqual([]);
  });
});
