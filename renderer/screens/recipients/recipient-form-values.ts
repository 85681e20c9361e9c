import type { TFunction } from 'i18next';
import { issuesFromZod, type ApiIssue } from '../../../shared/api/errors';
import {
  recipientFieldsSchema,
  type Gender,
  type Language,
  type Recipient,
  type RecipientFieldsInput,
} from '../../../shared/domain/recipient';
import en from '../../locales/en.json';

/** What the form edits: every field a person can type, always present. */
export interface FormValues {
  countryCode: string;
  office: string;
  name: string;
  gender: Gender;
  email: string;
  postalAddress: string;
  language: Language;
  tags: string[];
  notes: string;
}
export type FieldName = keyof FormValues;
export const FIELD_NAMES: readonly FieldName[] = [
  'countryCode',
  'office',
  'name',
  'gender',
  'email',
  'postalAddress',
  'language',
  'tags',
  'notes',
];

/** Validation code per field, as sent by the schema or the server ("required", "email"…). */
export type FieldErrors = Partial<Record<FieldName, string>>;

export function emptyValues(language: Language): FormValues {
  return {
    countryCode: '',
    office: '',
    name: '',
    gender: 'unspecified',
    email: '',
    postalAddress: '',
    language,
    tags: [],
    notes: '',
  };
}

export function valuesFromRecipient(recipient: Recipient): FormValues {
  const { countryCode, office, name, gender, email, postalAddress, language, tags, notes } = recipient;
  return { countryCode, office, name, gender, email, postalAddress, language, tags: [...tags], notes };
}

export function toInput(values: FormValues): RecipientFieldsInput {
  return { ...values };
}

function isFieldName(value: unknown): value is FieldName {
  return typeof value === 'string' && (FIELD_NAMES as readonly string[]).includes(value);
}

/**
 * Maps API issues to form fields. `prefix` is the path of the fields object in
 * the request: [] for create, ["fields"] for update. Issues that name no
 * field (or another one) are returned separately.
 */
export function fieldErrorsFromIssues(
  issues: readonly ApiIssue[],
  prefix: readonly string[] = [],
): { fields: FieldErrors; other: ApiIssue[] } {
  const fields: FieldErrors = {};
  const other: ApiIssue[] = [];
  for (const issue of issues) {
    const startsWithPrefix = prefix.every((part, i) => issue.path[i] === part);
    const field = startsWithPrefix ? issue.path[prefix.length] : undefined;
    if (isFieldName(field)) fields[field] ??= issue.code;
    else other.push(issue);
  }
  return { fields, other };
}

/** The same checks the server makes, run in the form before anything is sent. */
export function validate(values: FormValues): FieldErrors {
  const result = recipientFieldsSchema.safeParse(toInput(values));
  return result.success ? {} : fieldErrorsFromIssues(issuesFromZod(result.error)).fields;
}

type ValidationCode = keyof typeof en.validation;

function isValidationCode(code: string): code is ValidationCode {
  return Object.hasOwn(en.validation, code);
}

/** Translated message for a validation code; an unknown code reads as "not valid". */
export function validationMessage(t: TFunction, code: string): string {
  return t(`validation.${isValidationCode(code) ? code : 'invalid'}`);
}
