import type { OperationTable } from '../api/operation-facts';

/** Recipients: the list, one recipient, bulk changes, and CSV import (the file itself travels) and export. */
export const recipientOperations = {
  'recipients.list': { access: 'read' },
  'recipients.tags': { access: 'read' },
  'recipients.get': { access: 'read' },
  'recipients.create': { access: 'write' },
  'recipients.update': { access: 'write' },
  'recipients.delete': { access: 'write' },
  'recipients.addGroupOffices': { access: 'write' },
  'recipients.retag': { access: 'write' },
  'recipients.verify': { access: 'write' },
  'recipients.importCsv': { access: 'write', body: 'upload' },
  'recipients.exportCsv': { access: 'read' },
} as const satisfies OperationTable;
