import type { OperationTable } from '../api/operation-facts';

/** Templates, their language variants, and the import of a letter file (the file itself travels). */
export const templateOperations = {
  'templates.list': { access: 'read' },
  'templates.get': { access: 'read' },
  'templates.find': { access: 'read' },
  'templates.create': { access: 'write' },
  'templates.update': { access: 'write' },
  'templates.duplicate': { access: 'write' },
  'templates.delete': { access: 'write' },
  'templates.saveVariant': { access: 'write' },
  'templates.deleteVariant': { access: 'write' },
  'templates.import': { access: 'write', body: 'upload' },
} as const satisfies OperationTable;
