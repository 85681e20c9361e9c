import type { OperationTable } from '../api/operation-facts';

/** Reusable facts (figures and quotes with their source and as-of date). */
export const factOperations = {
  'facts.list': { access: 'read' },
  'facts.create': { access: 'write' },
  'facts.update': { access: 'write' },
  'facts.delete': { access: 'write' },
} as const satisfies OperationTable;
