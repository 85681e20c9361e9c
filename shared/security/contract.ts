import * as z from 'zod';
import type { ContractFor } from '../api/contract-entry';
import { type securityOperations } from './operations';
import { MIN_WORKSPACE_PASSPHRASE_LENGTH, changed, encryptionStatusSchema } from './schemas';

const newPassphrase = z.string({ error: 'required' }).min(MIN_WORKSPACE_PASSPHRASE_LENGTH, { error: 'tooShort' }).max(1024, { error: 'tooLong' });

/** A passphrase typed to prove who you are: any length that could have been set. */
const givenPassphrase = z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'tooLong' });

/** A passphrase that was not right: after a few, each next try waits longer. */
const refused = z.object({ result: z.literal('wrong_passphrase'), retryInSeconds: z.number() });

/** Tried again before the wait was over: nothing was checked. */
const tooSoon = z.object({ result: z.literal('wait'), retryInSeconds: z.number() });

export const securityContract = {
  /** Opens a locked (encrypted) workspace. `remember` keeps the passphrase in the OS keyring where there is one. */
  'workspace.unlock': {
    input: z.strictObject({ passphrase: givenPassphrase, remember: z.boolean().default(false) }),
    output: z.discriminatedUnion('result', [z.object({ result: z.literal('unlocked'), encryption: encryptionStatusSchema }), refused, tooSoon]),
  },
  /**
   * Sets the passphrase (`current` absent) or changes it (`current` required).
   * The database is re-encrypted into a copy that replaces it in one rename,
   * after a backup; then every backup is re-encrypted.
   */
  'workspace.setPassphrase': {
    input: z.strictObject({ current: givenPassphrase.optional(), next: newPassphrase, remember: z.boolean().default(false) }),
    output: z.discriminatedUnion('result', [changed, refused, tooSoon]),
  },
  /** Decrypts the database and its backups; the passphrase is forgotten. */
  'workspace.removePassphrase': {
    input: z.strictObject({ current: givenPassphrase }),
    output: z.discriminatedUnion('result', [changed, refused, tooSoon]),
  },
  /** Remember (or forget) the passphrase of the open, encrypted workspace in the OS keyring. */
  'workspace.rememberPassphrase': {
    input: z.strictObject({ remember: z.boolean() }),
    output: encryptionStatusSchema,
  },
} as const satisfies ContractFor<typeof securityOperations>;
