import * as z from 'zod';

/** What can go wrong across the API boundary. Never a stack trace. */
export const API_ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_operation',
  'workspace_unavailable',
  'workspace_read_only',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiIssueSchema = z.object({
  /** Field path, e.g. ["email"] or ["tags", 2]. */
  path: z.array(z.union([z.string(), z.number()])),
  /** A stable code the UI translates: "required", "email", "unknownCountry"... */
  code: z.string(),
});
export type ApiIssue = z.infer<typeof apiIssueSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  /** Plain English, for logs and the CLI. The UI translates `code` instead. */
  message: z.string(),
  issues: z.array(apiIssueSchema),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by services for expected failures; turned into an ApiError at the boundary. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** Turns zod issues into API issues. Zod's `message` holds our stable code. */
export function issuesFromZod(error: z.ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    code: issue.code === 'unrecognized_keys' ? 'unknownField' : knownCode(issue.message),
  }));
}

const KNOWN_CODES = new Set([
  'required',
  'tooLong',
  'tooMany',
  'email',
  'unknownCountry',
  'tagCharacters',
  'invalidId',
  'unknownField',
  'date',
  'url',
  'referencePrefix',
]);

function knownCode(message: string): string {
  return KNOWN_CODES.has(message) ? message : 'invalid';
}
