import type { OperationTable } from '../api/operation-facts';

/**
 * The workspace passphrase (encryption at rest). None is read-only: they
 * re-encrypt the database or open it, and the backup schedule follows them.
 */
export const securityOperations = {
  'workspace.unlock': { access: 'write' },
  'workspace.setPassphrase': { access: 'write' },
  'workspace.removePassphrase': { access: 'write' },
  'workspace.rememberPassphrase': { access: 'write' },
} as const satisfies OperationTable;
