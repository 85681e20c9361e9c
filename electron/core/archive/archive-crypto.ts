import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { archiveFailure } from './archive-format';

/*
 * An encrypted archive is the whole zip, encrypted with AES-256-GCM under a
 * key derived from the passphrase with scrypt:
 *
 *   MAGIC | header length (uint32 BE) | header (JSON) | ciphertext | GCM tag (16 bytes)
 *
 * The header names the KDF and its parameters, the random salt and nonce,
 * and a passphrase check (SHA-256 of a second derived key), so a wrong
 * passphrase is told apart from a damaged file. MAGIC, the length and the
 * header are the GCM additional data: changing any of them fails the tag.
 */

export const ENCRYPTED_MAGIC = Buffer.from('LETTERDESK ENCRYPTED ARCHIVE\n', 'ascii');
const TAG_BYTES = 16;
const MAX_HEADER_BYTES = 4096;

/** 2^17 × 8 × 128 bytes = 128 MiB of memory per guess, about half a second here. */
export const SCRYPT_DEFAULTS = { N: 2 ** 17, r: 8, p: 1 } as const;
/** What a header may ask for, so a hostile file cannot make us spend gigabytes. */
const MIN_N = 2 ** 15;
const MAX_MEMORY = 512 * 1024 * 1024;

interface Header {
  v: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  nonce: string;
  check: string;
}

export function isEncryptedArchive(bytes: Uint8Array): boolean {
  return bytes.length >= ENCRYPTED_MAGIC.length && Buffer.from(bytes.buffer, bytes.byteOffset, ENCRYPTED_MAGIC.length).equals(ENCRYPTED_MAGIC);
}

function deriveKeys(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<{ key: Buffer; check: Buffer }> {
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 64, { ...params, maxmem: 128 * params.N * params.r + 32 * 1024 * 1024 }, (error, derived) => {
      if (error) reject(error);
      else resolve({ key: derived.subarray(0, 32), check: createHash('sha256').update(derived.subarray(32)).digest() });
    });
  });
}

/** Encrypts a whole archive. `params` only for tests that need a cheaper KDF; never lower in production. */
export async function encryptArchive(plain: Uint8Array, passphrase: string, params: { N: number; r: number; p: number } = SCRYPT_DEFAULTS): Promise<Buffer> {
  const salt = randomBytes(16);
  const nonce = randomBytes(12);
  const { key, check } = await deriveKeys(passphrase, salt, params);
  const header: Header = { v: 1, kdf: 'scrypt', ...params, salt: salt.toString('base64'), nonce: nonce.toString('base64'), check: check.toString('base64') };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const aad = Buffer.concat([ENCRYPTED_MAGIC, length, headerBytes]);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([aad, body, cipher.getAuthTag()]);
}

const damaged = () =>
  archiveFailure('damaged', 'This encrypted archive is damaged or incomplete (it may have been cut short while copying). Nothing was imported.');

function readHeader(file: Uint8Array): { header: Header; aad: Buffer } {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const start = ENCRYPTED_MAGIC.length;
  if (bytes.length < start + 4) throw damaged();
  const length = bytes.readUInt32BE(start);
  if (length === 0 || length > MAX_HEADER_BYTES || bytes.length < start + 4 + length + TAG_BYTES) throw damaged();
  let header: Header;
  try {
    header = JSON.parse(bytes.subarray(start + 4, start + 4 + length).toString('utf8')) as Header;
  } catch {
    throw damaged();
  }
  const { N, r, p } = header ?? {};
  const valid =
    header?.v === 1 &&
    header.kdf === 'scrypt' &&
    Number.isInteger(N) &&
    Number.isInteger(r) &&
    Number.isInteger(p) &&
    N >= MIN_N &&
    (N & (N - 1)) === 0 &&
    r >= 1 &&
    r <= 32 &&
    p >= 1 &&
    p <= 4 &&
    128 * N * r <= MAX_MEMORY &&
    [header.salt, header.nonce, header.check].every((s) => typeof s === 'string' && s.length <= 100);
  if (!valid) {
    if (header?.v !== 1)
      throw archiveFailure('newerFormat', 'This archive was encrypted by a newer version of Letterdesk. Update Letterdesk to import it. Nothing was imported.');
    throw damaged();
  }
  return { header, aad: bytes.subarray(0, start + 4 + length) };
}

/** The zip inside an encrypted archive; a clear failure for a wrong passphrase or a changed file. */
export async function decryptArchive(file: Uint8Array, passphrase: string): Promise<Buffer> {
  const { header, aad } = readHeader(file);
  const salt = Buffer.from(header.salt, 'base64');
  const nonce = Buffer.from(header.nonce, 'base64');
  const expected = Buffer.from(header.check, 'base64');
  if (salt.length < 16 || nonce.length !== 12 || expected.length !== 32) throw damaged();
  const { key, check } = await deriveKeys(passphrase, salt, header);
  if (!timingSafeEqual(check, expected)) {
    throw archiveFailure('wrongPassphrase', 'The passphrase is not the one this archive was encrypted with. Nothing was imported.');
  }
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const body = bytes.subarray(aad.length, bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(aad);
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw archiveFailure(
      'tampered',
      'This encrypted archive was changed or damaged after it was written: its contents fail their check. Nothing was imported.',
    );
  }
}
