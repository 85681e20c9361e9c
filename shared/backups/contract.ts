import * as z from 'zod';
import { emptyInput, type ContractFor } from '../api/contract-entry';
import { type backupOperations } from './operations';
import { copyWarningSchema } from '../security/schemas';

/** A backup is named by its file name inside the workspace's backups folder; never by a path. */
const backupName = z.strictObject({ name: z.string().regex(/^[A-Za-z0-9._-]{1,200}\.sqlite$/, { error: 'invalid' }) });
export const backupInfoSchema = z.object({ name: z.string(), label: z.string(), createdAt: z.string(), bytes: z.number() });
export type BackupSummary = z.infer<typeof backupInfoSchema>;

export const backupContract = {
  'backups.list': { input: emptyInput, output: z.array(backupInfoSchema) },
  'backups.create': { input: emptyInput, output: backupInfoSchema },
  'backups.verify': {
    input: backupName,
    output: z.object({
      ok: z.boolean(),
      problems: z.array(z.string()),
      schemaVersion: z.number().nullable(),
      /** Rows per table of the copy, e.g. { recipients: 120 }. */
      counts: z.record(z.string(), z.number()),
    }),
  },
  /** Replaces the workspace with a backup, after backing up the current state (the undo). */
  'backups.restore': { input: backupName, output: z.object({ restoredFrom: z.string(), undoBackup: z.string().nullable() }) },
  /** The backup's bytes, for the user to save where they choose. */
  'backups.download': { input: backupName, output: z.object({ fileName: z.string(), contentBase64: z.string(), copyWarning: copyWarningSchema }) },
  /**
   * Desktop and CLI: a backup of the workspace now, written where the user
   * chooses (a native dialog in main; the path given on the command line).
   */
  'backups.save': {
    input: emptyInput,
    output: z.object({ cancelled: z.boolean(), file: z.string().nullable(), bytes: z.number(), copyWarning: copyWarningSchema.nullable() }),
  },
  /** Desktop and CLI: replaces the workspace with a backup file the user chooses, after backing up the current state (the undo). */
  'backups.restoreFile': {
    input: emptyInput,
    output: z.object({ cancelled: z.boolean(), restoredFrom: z.string().nullable(), undoBackup: z.string().nullable() }),
  },
} as const satisfies ContractFor<typeof backupOperations>;
