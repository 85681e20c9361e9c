import { z } from 'zod';
import type { SecurityOperationName } from './security-operation-names';

export { SECURITY_OPERATION_NAMES, SECURITY_READ_ONLY_OPERATIONS, type SecurityOperationName } from './security-operation-names';

/*
 * Encryption at rest, per workspace: the database (with its attachments and
 * images, which are stored in it) and its backups are encrypted with a
 * passphrase. These operations set, change and remove it, and unlock a
 * workspace opened without it. The passphrase travels only inside these
 * inputs: it is never returned, logged or put into a message.
 */

/** A new passphrase: long enough that guessing it offline is hopeless in practice. */
export const MIN_WORKSPACE_PASSPHRASE_LENGTH = 8;
const newPassphrase = z.string({ error: 'required' }).min(MIN_WORKSPACE_PASSPHRASE_LENGTH, { error: 'tooShort' }).max(1024, { error: 'tooLong' });
/** A passphrase typed to prove who you are: any length that could have been set. */
const givenPassphrase = z.string({ error: 'required' }).min(1, { error: 'required' }).max(1024, { error: 'tooLong' });

/** Why this app cannot remember the passphrase: no real OS keyring, or browser mode / CLI. */
export const KEYRING_UNAVAILABLE = ['no_os_keyring', 'not_in_this_mode'] as const;

export const encryptionStatusSchema = z.object({
  /** The database and its backups are encrypted with a passphrase. */
  enabled: z.boolean(),
  /** The passphrase is kept in the OS keyring and opens the workspace at start. */
  remembered: z.boolean(),
  /** Null when the passphrase can be remembered here; otherwise why not. */
  cannotRemember: z.enum(KEYRING_UNAVAILABLE).nullable(),
});
export type EncryptionStatus = z.infer<typeof encryptionStatusSchema>;

/** A passphrase that was not right: after a few, each next try waits longer. */
const refused = z.object({ result: z.literal('wrong_passphrase'), retryInSeconds: z.number() });
/** Tried again before the wait was over: nothing was checked. */
const tooSoon = z.object({ result: z.literal('wait'), retryInSeconds: z.number() });

/** What re-encrypting did: the database, then every backup in the workspace's backups folder. */
const changed = z.object({
  result: z.literal('done'),
  encryption: encryptionStatusSchema,
  /** Backups re-encrypted (or decrypted) alongside the database. */
  backupsUpdated: z.number(),
  /** Backups that could not be converted (e.g. written with another, older passphrase), by file name. */
  backupsSkipped: z.array(z.string()),
});
export type PassphraseChange = z.infer<typeof changed>;

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
} as const satisfies Record<SecurityOperationName, { input: z.ZodType; output: z.ZodType }>;
