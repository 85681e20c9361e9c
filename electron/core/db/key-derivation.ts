import { randomBytes, scrypt } from 'node:crypto';
import * as z from 'zod';

/*
 * The workspace key is derived from the passphrase with scrypt, a
 * memory-hard function: each guess costs an attacker 64 MiB and a good part
 * of a second, where SQLCipher's own PBKDF2 costs a few kilobytes on a GPU.
 * SQLCipher is then given the raw 32-byte key and runs no KDF of its own.
 * The salt is random, one per workspace, and is also the salt SQLCipher
 * writes in clear in the first 16 bytes of each file (see DatabaseKey), so
 * every encrypted file says which salt its key was derived with.
 */

/** A key derivation: the function, its cost and the salt. Nothing secret. */
export interface Kdf {
  name: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: Buffer;
}

export const KEY_BYTES = 32;
export const SALT_BYTES = 16;

/** 2^16 × 8 × 128 bytes = 64 MiB per guess; see the README for the time it takes. */
export const KDF_COST = { N: 2 ** 16, r: 8, p: 1 } as const;

/** What a marker may ask for, so a hostile or damaged one cannot make us spend gigabytes or accept a weak key. */
const MIN_N = 2 ** 15;
const MAX_MEMORY = 512 * 1024 * 1024;

const memoryOf = (cost: { N: number; r: number; p: number }) => 128 * cost.N * cost.r * cost.p;

/** A new derivation for a new key: the current cost, a fresh salt. */
export function newKdf(): Kdf {
  return { name: 'scrypt', ...KDF_COST, salt: randomBytes(SALT_BYTES) };
}

/** The same cost with another salt (the one a file carries). */
export function withSalt(kdf: Omit<Kdf, 'salt'>, salt: Buffer): Kdf {
  return { name: 'scrypt', N: kdf.N, r: kdf.r, p: kdf.p, salt: Buffer.from(salt) };
}

export function sameKdf(a: Kdf, b: Kdf): boolean {
  return a.name === b.name && a.N === b.N && a.r === b.r && a.p === b.p && a.salt.equals(b.salt);
}

/** The 32-byte key for `passphrase` (NFC, so the same text typed on any system gives the same key). */
export function deriveRawKey(passphrase: string, kdf: Kdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const options = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: memoryOf(kdf) + 16 * 1024 * 1024 };
    scrypt(passphrase.normalize('NFC'), kdf.salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** The derivation as written in the encryption marker (salt in base64). */
export const kdfJsonSchema = z
  .object({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(MIN_N)
      .refine((n) => (n & (n - 1)) === 0, 'N must be a power of two'),
    r: z.number().int().min(1).max(32),
    p: z.number().int().min(1).max(16),
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/, 'a 16-byte salt in base64'),
    keyBytes: z.literal(KEY_BYTES),
  })
  .refine((kdf) => memoryOf(kdf) <= MAX_MEMORY, 'too much memory asked for');

export type KdfJson = z.infer<typeof kdfJsonSchema>;

export function kdfToJson(kdf: Kdf): KdfJson {
  return { name: kdf.name, N: kdf.N, r: kdf.r, p: kdf.p, salt: kdf.salt.toString('base64'), keyBytes: KEY_BYTES };
}

/** The derivation a marker names, or null when it names none or one this version refuses. */
export function kdfFromJson(json: unknown): Kdf | null {
  const parsed = kdfJsonSchema.safeParse(json);
  if (!parsed.success) return null;
  const { name, N, r, p, salt } = parsed.data;
  return { name, N, r, p, salt: Buffer.from(salt, 'base64') };
}
