import type { OperationTable } from '../api/operation-facts';

/** The workspace itself: its state, a fresh start after damage, settings and the country list. */
export const workspaceOperations = {
  'workspace.status': { access: 'read' },
  'workspace.startFresh': { access: 'write', escapesReadOnly: true },
  'workspace.doctor': { access: 'read' },
  'settings.get': { access: 'read' },
  'settings.update': { access: 'write' },
  'countries.list': { access: 'read' },
} as const satisfies OperationTable;
