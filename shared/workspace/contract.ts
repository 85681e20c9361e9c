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

/** How the UI writes dates: as the letters do ("4 December 2026", 24-hour time), or as the computer's locale does. */
export const DATE_STYLES = ['letter', 'system'] as const;
export const dateStyleSchema = z.enum(DATE_STYLES);
export type DateStyle = z.infer<typeof dateStyleSchema>;

export const settingsSchema = z.object({ language: languageSchema.nullable(), dateStyle: dateStyleSchema });
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
  /** Stored letter documents that do not parse (template texts, drafts), one line each; empty when all do. */
  documents: z.array(z.string()),
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
  /** Schema version, SQLite's full integrity check, stored documents that do not parse, and counts (slow on a large workspace: it reads every page). */
  'workspace.doctor': { input: emptyInput, output: doctorReportSchema },
  'settings.get': { input: emptyInput, output: settingsSchema },
  /** Changes the settings given, keeps the others. */
  'settings.update': {
    input: z
      .strictObject({ language: languageSchema.optional(), dateStyle: dateStyleSchema.optional() })
      .refine((change) => change.language !== undefined || change.dateStyle !== undefined, 'Give a setting to change: language or dateStyle.'),
    output: settingsSchema,
  },
  'countries.list': { input: emptyInput, output: z.array(countrySchema) },
} as const satisfies ContractFor<typeof workspaceOperations>;
