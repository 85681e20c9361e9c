import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { archiveFailure } from './archive-format';
import { fileStartsWith } from '../db/file-head';

/*
 * Uploads waiting in archive-work/ are written encrypted, piece by piece,
 * with AES-256-GCM under a key that exists only in this process's memory:
 * an unencrypted archive a user uploads never lies on the disk in clear,
 * whether or not the workspace has a passphrase, and what a crash leaves
 * behind cannot be read by anyone (it is removed as stale later).
 *
 *   MAGIC | { length (uint32 BE) | nonce (12) | ciphertext | tag (16) }*
 */

export const STAGED_MAGIC = Buffer.from('LETTERDESK STAGED UPLOAD 1\n', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Whether `file` begins as an upload this code staged (encrypted); reads only its first bytes. */
export function isStagedFile(file: string): boolean {
  return fileStartsWith(file, STAGED_MAGIC);
}

export class StagingKey {
  private readonly key = randomBytes(32);

  /** Starts a staged file: the magic alone. */
  create(file: string): void {
    fs.writeFileSync(file, STAGED_MAGIC, { mode: 0o600 });
  }

  /** Appends one piece, sealed on its own (a fresh nonce each). */
  append(file: string, plain: Buffer): void {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    fs.appendFileSync(file, Buffer.concat([length, nonce, body, cipher.getAuthTag()]));
  }

  /** The whole upload, in memory; a file changed on the disk (or staged by another run) fails clearly. */
  read(file: string): Buffer {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw archiveFailure('uploadMissing', 'This upload is no longer there. Choose the file again.');
    }
    const damaged = () => archiveFailure('uploadMissing', 'The uploaded copy of this archive was changed on the disk. Choose the file again.');
    if (!bytes.subarray(0, STAGED_MAGIC.length).equals(STAGED_MAGIC)) throw damaged();
    const pieces: Buffer[] = [];
    let at = STAGED_MAGIC.length;
    while (at < bytes.length) {
      if (at + 4 + NONCE_BYTES + TAG_BYTES > bytes.length) throw damaged();
      const length = bytes.readUInt32BE(at);
      const nonce = bytes.subarray(at + 4, at + 4 + NONCE_BYTES);
      const start = at + 4 + NONCE_BYTES;
      if (start + length + TAG_BYTES > bytes.length) throw damaged();
      const decipher = createDecipheriv('aes-256-gcm', this.key, nonce);
      decipher.setAuthTag(bytes.subarray(start + length, start + length + TAG_BYTES));
      try {
        pieces.push(Buffer.concat([decipher.update(bytes.subarray(start, start + length)), decipher.final()]));
      } catch {
        throw damaged();
      }
      at = start + length + TAG_BYTES;
    }
    return Buffer.concat(pieces);
  }
}
