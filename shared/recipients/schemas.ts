import * as z from 'zod';
import { OFFICE_TYPES } from '../protocol/types';

/** Letter languages Letterdesk writes in. The UI may offer more later. */
export const LANGUAGES = ['en', 'es', 'fr'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const GENDERS = ['female', 'male', 'unspecified'] as const;
export const genderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

/*
 * Validation messages are stable codes, not sentences: the renderer translates
 * them (locales/<lang>.json under "validation.*") and the CLI prints the English
 * text from shared/api/messages.ts.
 */
const trimmed = (max: number) => z.string({ error: 'required' }).trim().max(max, { error: 'tooLong' });

export const tagSchema = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(40, { error: 'tooLong' })
  .regex(/^[^,;\n\t]+$/, { error: 'tagCharacters' });

export const countryCodeSchema = z
  .string({ error: 'required' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'unknownCountry' });

export const officeTypeSchema = z.enum(OFFICE_TYPES);
export type { OfficeType } from '../protocol/types';

/** An optional text; blank counts as not set (the store keeps NULL). */
const optionalText = (max: number) => z.string().trim().max(max, { error: 'tooLong' }).optional();

// Built once: constructing z.email() per row was half the cost of validating a 100k-row import.
const emailFormat = z.email();

/** Per-recipient forms of address; each one set wins over the computed one. */
export const ADDRESS_PARTS = ['honorific', 'fullTitle', 'addressBlock', 'salutation', 'complimentaryClose'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export const addressOverridesSchema = z.strictObject({
  honorific: optionalText(200),
  fullTitle: optionalText(300),
  addressBlock: optionalText(1000),
  salutation: optionalText(200),
  complimentaryClose: optionalText(500),
});
export type AddressOverrides = z.output<typeof addressOverridesSchema>;

export const isoDateSchema = z.iso.date({ error: 'date' });

/** The fields a person can type for a recipient. Strict: unknown keys are refused. */
export const recipientFieldsSchema = z.strictObject({
  countryCode: countryCodeSchema,
  office: trimmed(200).min(1, { error: 'required' }),
  /** Recognised from `office` when not given ("Premier ministre" is a head of government). */
  officeType: officeTypeSchema.optional(),
  /** May be empty: an office whose holder is not known yet ("to verify"). */
  name: trimmed(200).default(''),
  gender: genderSchema.default('unspecified'),
  email: z
    .string()
    .trim()
    .max(254, { error: 'tooLong' })
    .refine((v) => v === '' || emailFormat.safeParse(v).success, { error: 'email' })
    .default(''),
  postalAddress: trimmed(1000).default(''),
  language: languageSchema.default('en'),
  tags: z
    .array(tagSchema)
    .max(50, { error: 'tooMany' })
    .default([])
    // Tags are a set: keep the first spelling of each, ignoring case.
    .transform((tags) => dedupeTags(tags)),
  notes: trimmed(5000).default(''),
  /** The day someone last checked who holds the office. */
  verifiedOn: isoDateSchema.nullable().default(null),
  overrides: addressOverridesSchema.default({}),
});
export type RecipientFieldsInput = z.input<typeof recipientFieldsSchema>;
export type RecipientFields = z.output<typeof recipientFieldsSchema>;

export const idSchema = z.uuid({ error: 'invalidId' });

export const recipientSchema = z.strictObject({
  id: z.string(),
  countryCode: z.string(),
  office: z.string(),
  officeType: officeTypeSchema,
  name: z.string(),
  gender: genderSchema,
  email: z.string(),
  postalAddress: z.string(),
  language: languageSchema,
  tags: z.array(z.string()),
  notes: z.string(),
  verifiedOn: z.string().nullable(),
  overrides: z.object({
    honorific: z.string().optional(),
    fullTitle: z.string().optional(),
    addressBlock: z.string().optional(),
    salutation: z.string().optional(),
    complimentaryClose: z.string().optional(),
  }),
  /** No holder's name, or not verified in the last six months. */
  toVerify: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const RECIPIENT_SORT_KEYS = ['name', 'country', 'office', 'updatedAt'] as const;
export type RecipientSortKey = (typeof RECIPIENT_SORT_KEYS)[number];

export function dedupeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const key = tag.toLocaleLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}
