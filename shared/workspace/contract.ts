import * as z from 'zod';
import { emptyInput, type ContractFor } from '../api/contract-entry';
import { encryptionStatusSchema } from '../security/schemas';
import { languageSchema } from '../recipients/schemas';
import { type workspaceOperations } from './operations';

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ready'),
    dataDir: z.string(),
    schemaVersion: z.number(),
    /** Whether the workspace is encrypted and its passphrase remembered (added by the status operation). */
    encryption: encryptionStatusSchema.optional(),
  }),
  z.object({
    /** `locked`: encrypted, and opened without its passphrase (or with a wrong one). */
    state: z.enum(['not_a_database', 'damaged', 'newer_version', 'locked']),
    dataDir: z.string(),
    databaseFile: z.string(),
    /** Plain English detail from the check that failed. */
    detail: z.string(),
    /**
     * A damaged file whose tables can still be read is open read-only: the
     * user can look at (and copy out) their data, but nothing can change it.
     */
    readOnly: z.boolean().optional(),
    /** Locked: seconds before the next passphrase may be tried (after repeated wrong ones). */
    retryInSeconds: z.number().optional(),
    encryption: encryptionStatusSchema.optional(),
  }),
]);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const countrySchema = z.object({
  code: z.string(),
  names: z.object({ en: z.string(), es: z.string(), fr: z.string() }),
});
export type Country = z.infer<typeof countrySchema>;

export const settingsSchema = z.object({ language: languageSchema.nullable() });
export type Settings = z.infer<typeof settingsSchema>;

/** The health of the workspace file: what `letterdesk doctor` prints. */
export const doctorReportSchema = z.object({
  dataDir: z.string(),
  databaseFile: z.string(),
  databaseBytes: z.number(),
  schemaVersion: z.number(),
  latestSchemaVersion: z.number(),
  /** Empty when SQLite's full integrity check passes. */
  integrity: z.array(z.string()),
  counts: z.object({ recipients: z.number(), tags: z.number(), activity: z.number() }),
  backups: z.number(),
});
export type DoctorReport = z.infer<typeof doctorReportSchema>;

export const workspaceContract = {
  'workspace.status': { input: emptyInput, output: workspaceStatusSchema },
  /** Moves a damaged database aside (untouched) and opens a new, empty one. */
  'workspace.startFresh': {
    input: emptyInput,
    output: z.object({ status: workspaceStatusSchema, keptFile: z.string() }),
  },
  /** Schema version, SQLite's full integrity check and counts (slow on a large workspace: it reads every page). */
  'workspace.doctor': { input: emptyInput, output: doctorReportSchema },
  'settings.get': { input: emptyInput, output: settingsSchema },
  'settings.update': { input: z.strictObject({ language: languageSchema }), output: settingsSchema },
  'countries.list': { input: emptyInput, output: z.array(countrySchema) },
} as const satisfies ContractFor<typeof workspaceOperations>;
