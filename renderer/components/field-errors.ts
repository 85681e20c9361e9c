import type { TFunction } from 'i18next';
import type { ApiIssue } from '../../shared/api/errors';
import en from '../locales/en.json';

/*
 * How every form turns the API's issues (path + code) into field errors, and
 * codes into sentences. The server and the form run the same zod schema, so
 * issuesFromZod(parsed.error) in the form and apiErrorOf(error).issues after
 * a refused save go through the same mapping.
 */

/** The error code for each field that has one: the first issue about it wins. */
export type FieldErrors<F extends string, C extends string = string> = Partial<Record<F, C>>;

/**
 * The field an issue is about, for a request whose fields sit at `prefix`
 * ([] for create, ["fields"] for update); null for an issue about anything else.
 */
export function fieldIn<F extends string>(fields: readonly F[], prefix: readonly string[] = []): (issue: ApiIssue) => F | null {
  return (issue) => {
    if (!prefix.every((part, i) => issue.path[i] === part)) return null;
    const field = issue.path[prefix.length];
    return typeof field === 'string' && (fields as readonly string[]).includes(field) ? (field as F) : null;
  };
}

/**
 * Maps issues to fields with `fieldOf`; with `isCode`, only issues whose code
 * the form can say are kept. Issues that name no field come back in `other`.
 */
export function fieldErrorsFromIssues<F extends string, C extends string = string>(
  issues: readonly ApiIssue[],
  fieldOf: (issue: ApiIssue) => F | null,
  isCode?: (code: string) => code is C,
): { fields: FieldErrors<F, C>; other: ApiIssue[] } {
  const fields: FieldErrors<F, C> = {};
  const other: ApiIssue[] = [];
  for (const issue of issues) {
    const field = !isCode || isCode(issue.code) ? fieldOf(issue) : null;
    if (field) fields[field] ??= issue.code as C;
    else other.push(issue);
  }
  return { fields, other };
}

type ValidationCode = keyof typeof en.validation;

function isValidationCode(code: string): code is ValidationCode {
  return Object.hasOwn(en.validation, code);
}

/** Translated message for a validation code; an unknown code reads as "not valid". */
export function validationMessage(t: TFunction, code: string): string {
  return t(`validation.${isValidationCode(code) ? code : 'invalid'}`);
}

/** The message for a field's code, or undefined when the field is fine (what a Mantine `error` prop takes). */
export function errorText(t: TFunction, code: string | undefined): string | undefined {
  return code ? validationMessage(t, code) : undefined;
}
