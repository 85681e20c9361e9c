import * as z from 'zod';

/*
 * Encryption at rest, per workspace: the database (with its attachments and
 * images, which are stored in it) and its backups are encrypted with a
 * passphrase. These operations set, change and remove it, and unlock a
 * workspace opened without it. The passphrase travels only inside these
 * inputs: it is never returned, logged or put into a message.
 */

/** A new passphrase: long enough that guessing it offline is hopeless in practice. */
export const MIN_WORKSPACE_PASSPHRASE_LENGTH = 8;

/** Why main refused a new passphrase as too easy to guess: the issue codes it returns (the UI translates `validation.<code>`). */
export const PASSPHRASE_WEAKNESSES = ['weakPassphraseWord', 'weakPassphrasePattern', 'weakPassphraseDate', 'weakPassphraseShort'] as const;
export type PassphraseWeakness = (typeof PASSPHRASE_WEAKNESSES)[number];

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

/** What re-encrypting did: the database, then every backup in the workspace's backups folder. */
export const changed = z.object({
  result: z.literal('done'),
  encryption: encryptionStatusSchema,
  /** Backups re-encrypted (or decrypted) alongside the database. */
  backupsUpdated: z.number(),
  /** Backups that could not be converted (e.g. written with another, older passphrase), by file name. */
  backupsSkipped: z.array(z.string()),
});
export type PassphraseChange = z.infer<typeof changed>;
