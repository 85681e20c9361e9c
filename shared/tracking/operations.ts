import type { OperationTable } from '../api/operation-facts';

/**
 * Outreach tracking. Recording or correcting an event may carry an
 * attachment (up to 50 MB), and a report the dashboard's map image.
 */
export const trackingOperations = {
  'tracking.record': { access: 'write', body: 'upload' },
  'tracking.correct': { access: 'write', body: 'upload' },
  'tracking.undo': { access: 'write' },
  'tracking.events': { access: 'read' },
  'tracking.status': { access: 'read' },
  'tracking.due': { access: 'read' },
  'tracking.country': { access: 'read' },
  'tracking.attachment': { access: 'read' },
  'tracking.report': { access: 'read', body: 'upload' },
} as const satisfies OperationTable;
