import type { OperationTable } from '../api/operation-facts';

/** Campaigns, their drafts (one letter per recipient, hand edits kept apart) and chasers (follow-up letters). */
export const campaignOperations = {
  'campaigns.list': { access: 'read' },
  'campaigns.get': { access: 'read' },
  'campaigns.find': { access: 'read' },
  'campaigns.findRecipient': { access: 'read' },
  'campaigns.countRecipients': { access: 'read' },
  'campaigns.create': { access: 'write' },
  'campaigns.update': { access: 'write' },
  'campaigns.addRecipients': { access: 'write' },
  'campaigns.drafts': { access: 'read' },
  'drafts.get': { access: 'read' },
  'drafts.saveEdit': { access: 'write' },
  'drafts.revert': { access: 'write' },
  'drafts.keepEdit': { access: 'write' },
  'drafts.merge': { access: 'write' },
  'drafts.allowMissing': { access: 'write' },
  'chasers.options': { access: 'read' },
  'chasers.findTemplate': { access: 'read' },
  'chasers.draft': { access: 'write' },
  'chasers.addExample': { access: 'write' },
} as const satisfies OperationTable;
