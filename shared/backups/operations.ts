import type { OperationTable } from '../api/operation-facts';

/** Backups of the workspace database: list, take, verify, restore (the way out of damage) and download. */
export const backupOperations = {
  'backups.list': { access: 'read' },
  'backups.create': { access: 'write' },
  'backups.verify': { access: 'read' },
  'backups.restore': { access: 'write', escapesReadOnly: true },
  'backups.download': { access: 'read' },
  'backups.save': { access: 'read' },
  'backups.restoreFile': { access: 'write', escapesReadOnly: true },
} as const satisfies OperationTable;
