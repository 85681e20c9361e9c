import * as z from 'zod';

/** One operation's schemas: the input main parses (untrusted) and the output it returns. */
export type ContractEntry = { readonly input: z.ZodType; readonly output: z.ZodType };

/**
 * A domain's contract has exactly one entry per operation its
 * `operations.ts` declares: used with `satisfies`, a missing or an extra
 * name is a compile error.
 */
export type ContractFor<Operations> = { readonly [K in keyof Operations]: ContractEntry };

/** The input of an operation that takes none: still a strict object, so any field is refused. */
export const emptyInput = z.strictObject({});

/**
 * The input of a lookup by name (`campaigns.find`, `signers.find`, …): an id,
 * or a name compared without regard to case or surrounding spaces. The
 * command line names things the way people do; the app passes ids.
 */
export const nameOrIdInput = z.strictObject({ nameOrId: z.string().trim().min(1, { error: 'required' }).max(500, { error: 'tooLong' }) });
