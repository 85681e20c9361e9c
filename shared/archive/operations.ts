import type { OperationTable } from '../api/operation-facts';

/**
 * Moving a workspace as a `.letterdesk` archive. Only `apply` changes the
 * workspace's data: an upload or a choice stages a file beside the workspace,
 * and a preview merges inside a transaction that is rolled back.
 */
export const archiveOperations = {
  'archive.export': { access: 'read' },
  'archive.save': { access: 'read' },
  'archive.upload': { access: 'read', body: 'upload' },
  'archive.choose': { access: 'read' },
  'archive.preview': { access: 'read' },
  'archive.apply': { access: 'write' },
  'archive.discard': { access: 'read' },
} as const satisfies OperationTable;
