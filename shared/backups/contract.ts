import * as z from 'zod';
import { emptyInput, type ContractFor } from '../api/contract-entry';
import { type backupOperations } from './operations';

/** A backup is named by its file name inside the workspace's backups folder; never by a path. */
const backupName = z.strictObject({ name: z.string().regex(/^[A-Za-z0-9._-]{1,200}\.sqlite$/, { error: 'invalid' }) });
export const backupInfoSchema = z.object({ name: z.string(), label: z.string(), createdAt: z.string(), bytes: z.number() });
export type BackupSummary = z.infer<typeof backupInfoSchema>;

export const backupContract = {
  'backups.list': { input: emptyInput, output: z.array(backupInfoSchema) },
  'backups.create': { input: emptyInput, output: backupInfoSchema },
  'backups.verify': {
    input: backupName,
    output: z.object({ ok: z.boolean(), problems: z.array(z.string()), schemaVersion: z.number().nullable() }),
  },
  /** Replaces the workspace with a backup, after backing up the current state (the undo). */
  'backups.restore': { input: backupName, output: z.object({ restoredFrom: z.string(), undoBackup: z.string().nullable() }) },
  /** The backup's bytes, for the user to save where they choose. */
  'backups.download': { input: backupName, output: z.object({ fileName: z.string(), contentBase64: z.string() }) },
} as const satisfies ContractFor<typeof backupOperations>;
