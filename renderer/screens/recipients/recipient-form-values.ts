import { issuesFromZod, type ApiIssue } from '../../../shared/api/errors';
import {
  ADDRESS_PARTS,
  recipientFieldsSchema,
  type AddressPart,
  type Gender,
  type Language,
  type OfficeType,
  type Recipient,
  type RecipientFieldsInput,
} from '../../../shared/recipients/schemas';
import { recogniseOffice } from '../../../shared/protocol';
import { fieldErrorsFromIssues, fieldIn } from '../../components/field-errors';

/** What the form edits: every field a person can type, always present. */
export type OverrideValues = Record<AddressPart, string>;

export interface FormValues {
  countryCode: string;
  office: string;
  officeType: OfficeType;
  name: string;
  gender: Gender;
  email: string;
  postalAddress: string;
  language: Language;
  tags: string[];
  notes: string;
  /** "YYYY-MM-DD", or "" when never verified. */
  verifiedOn: string;
  /** Per part, the text that replaces the computed form; "" = use the computed one. */
  overrides: OverrideValues;
}
export type FieldName = keyof FormValues;
export const FIELD_NAMES: readonly FieldName[] = [
  'countryCode',
  'office',
  'officeType',
  'name',
  'gender',
  'email',
  'postalAddress',
  'language',
  'tags',
  'notes',
  'verifiedOn',
  'overrides',
];

/** Validation code per field, as sent by the schema or the server ("required", "email"…). */
export type FieldErrors = Partial<Record<FieldName, string>>;

const NO_OVERRIDES: OverrideValues = { honorific: '', fullTitle: '', addressBlock: '', salutation: '', complimentaryClose: '' };

export function emptyValues(language: Language, preset: Partial<FormValues> = {}): FormValues {
  return {
    countryCode: '',
    office: '',
    officeType: 'custom',
    name: '',
    gender: 'unspecified',
    email: '',
    postalAddress: '',
    language,
    tags: [],
    notes: '',
    verifiedOn: '',
    overrides: NO_OVERRIDES,
    ...preset,
  };
}

export function valuesFromRecipient(recipient: Recipient): FormValues {
  const { countryCode, office, officeType, name, gender, email, postalAddress, language, tags, notes, verifiedOn } = recipient;
  const overrides = { ...NO_OVERRIDES };
  for (const part of ADDRESS_PARTS) overrides[part] = recipient.overrides[part] ?? '';
  return {
    countryCode,
    office,
    officeType,
    name,
    gender,
    email,
    postalAddress,
    language,
    tags: [...tags],
    notes,
    verifiedOn: verifiedOn ?? '',
    overrides,
  };
}

/** Only the overrides that say something: a blank one means "use the computed form". */
export function setOverrides(overrides: OverrideValues): Partial<OverrideValues> {
  return Object.fromEntries(ADDRESS_PARTS.filter((part) => overrides[part].trim() !== '').map((part) => [part, overrides[part]]));
}

export function toInput(values: FormValues): RecipientFieldsInput {
  return { ...values, verifiedOn: values.verifiedOn || null, overrides: setOverrides(values.overrides) };
}

/**
 * Whether the office type follows the office text as it is typed: true for a
 * new recipient, and for one whose stored type is what the text says anyway.
 */
export function followsOfficeText(values: FormValues): boolean {
  return values.office.trim() === '' || recogniseOffice(values.office) === values.officeType;
}

/** Today's date as "YYYY-MM-DD" in local time (toISOString would give UTC's date). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The form's errors from API issues; `prefix` is [] for create, ["fields"] for update. */
export function recipientFieldErrors(issues: readonly ApiIssue[], prefix: readonly string[] = []): FieldErrors {
  return fieldErrorsFromIssues(issues, fieldIn(FIELD_NAMES, prefix)).fields;
}

/** The same checks the server makes, run in the form before anything is sent. */
export function validate(values: FormValues): FieldErrors {
  const result = recipientFieldsSchema.safeParse(toInput(values));
  return result.success ? {} : recipientFieldErrors(issuesFromZod(result.error));
}
