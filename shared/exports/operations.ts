import type { OperationTable } from '../api/operation-facts';

/** Exporting a campaign's letters as a job: start, poll, cancel, then download (browser) or save (desktop). */
export const exportOperations = {
  'exports.start': { access: 'write' },
  'exports.status': { access: 'read' },
  'exports.cancel': { access: 'write' },
  'exports.download': { access: 'read' },
  'exports.save': { access: 'write' },
} as const satisfies OperationTable;
