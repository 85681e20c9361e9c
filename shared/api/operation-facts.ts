/*
 * What every face needs to know about an operation besides its schemas,
 * declared once per domain in `<domain>/operations.ts` and derived from there
 * by the contract, dispatch's guards, the browser-mode server and the preload.
 * This file and the operations files import no zod, so the sandboxed preload
 * can bundle them.
 */
export type OperationFacts = {
  /** `read` never changes data; `write` may, so it runs the backup schedule and is refused in a read-only workspace. */
  readonly access: 'read' | 'write';
  /** The input may carry a whole file (base64): browser mode accepts a large body for it. */
  readonly body?: 'upload';
  /** Still allowed while a damaged workspace is open read-only: it is a way out of that state. */
  readonly escapesReadOnly?: true;
};

export type OperationTable = Readonly<Record<string, OperationFacts>>;
