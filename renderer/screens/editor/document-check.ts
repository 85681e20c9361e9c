import { letterDocumentSchema, type LetterDocument } from '../../../shared/letter/document';

export type DocumentCheck = { ok: true; document: LetterDocument } | { ok: false; where: string };

/**
 * The editor's JSON against the letter document schema, before it is saved:
 * the editor is configured to make only what the schema accepts, so a
 * failure here is a bug, reported instead of sent. `where` is the path of
 * the first problem, e.g. "content.3.content.0".
 */
export function checkDocument(json: unknown): DocumentCheck {
  const parsed = letterDocumentSchema.safeParse(json);
  if (parsed.success) return { ok: true, document: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, where: issue ? issue.path.map(String).join('.') : '' };
}

/** Thrown by a save whose document does not pass the check. */
export class InvalidDocumentError extends Error {
  constructor(readonly where: string) {
    super(`The text does not fit the letter format at ${where || 'the top level'}.`);
    this.name = 'InvalidDocumentError';
  }
}
