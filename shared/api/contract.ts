import { z } from 'zod';
import {
  RECIPIENT_SORT_KEYS,
  idSchema,
  languageSchema,
  recipientFieldsSchema,
  recipientSchema,
} from '../domain/recipient';
import { OPERATION_NAMES, type OperationName } from './operation-names';

/*
 * The one API contract. Every operation the renderer can ask of main is named
 * here once with its input and output schema. Main (IPC), the browser-mode
 * server and the renderer client are all derived from this table, so a change
 * here breaks the compile wherever it matters.
 *
 * Inputs are strict objects: an unknown field is an error, not ignored.
 */

const empty = z.strictObject({});

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready'), dataDir: z.string(), schemaVersion: z.number() }),
  z.object({
    state: z.enum(['not_a_database', 'damaged', 'newer_version']),
    dataDir: z.string(),
    databaseFile: z.string(),
    /** Plain English detail from the check that failed. */
    detail: z.string(),
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

export const recipientListInputSchema = z.strictObject({
  search: z.string().max(200).default(''),
  tag: z.string().max(40).optional(),
  sortBy: z.enum(RECIPIENT_SORT_KEYS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  /** Language used to sort by country name. */
  language: languageSchema.default('en'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const contract = {
  'workspace.status': { input: empty, output: workspaceStatusSchema },
  /** Moves a damaged database aside (untouched) and opens a new, empty one. */
  'workspace.startFresh': {
    input: empty,
    output: z.object({ status: workspaceStatusSchema, keptFile: z.string() }),
  },
  'settings.get': { input: empty, output: settingsSchema },
  'settings.update': { input: z.strictObject({ language: languageSchema }), output: settingsSchema },
  'countries.list': { input: empty, output: z.array(countrySchema) },
  'recipients.list': {
    input: recipientListInputSchema,
    output: z.object({ total: z.number(), rows: z.array(recipientSchema) }),
  },
  'recipients.tags': { input: empty, output: z.array(z.string()) },
  'recipients.get': { input: z.strictObject({ id: idSchema }), output: recipientSchema },
  'recipients.create': { input: recipientFieldsSchema, output: recipientSchema },
  'recipients.update': {
    input: z.strictObject({ id: idSchema, fields: recipientFieldsSchema }),
    output: recipientSchema,
  },
  'recipients.delete': {
    input: z.strictObject({ id: idSchema }),
    output: z.object({ id: z.string() }),
  },
} as const satisfies Record<OperationName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export { OPERATION_NAMES, type OperationName };

export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
