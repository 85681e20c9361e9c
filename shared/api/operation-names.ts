/*
 * The names of every API operation, without their schemas, so the desktop
 * preload can expose one named function per operation without bundling zod.
 * contract.ts must declare exactly these (checked at compile time).
 */
import { SENDER_OPERATION_NAMES, SENDER_READ_ONLY_OPERATIONS } from '../domain/sender-operation-names';
import { TRACKING_OPERATION_NAMES, TRACKING_READ_ONLY_OPERATIONS } from '../domain/tracking-operation-names';
import { ARCHIVE_OPERATION_NAMES, ARCHIVE_READ_ONLY_OPERATIONS } from '../domain/archive-operation-names';
import { CHASER_OPERATION_NAMES, CHASER_READ_ONLY_OPERATIONS } from '../domain/chaser-operation-names';
import { SECURITY_OPERATION_NAMES, SECURITY_READ_ONLY_OPERATIONS } from '../domain/security-operation-names';

export const OPERATION_NAMES = [
  'workspace.status',
  'workspace.startFresh',
  'settings.get',
  'settings.update',
  'countries.list',
  'recipients.list',
  'recipients.tags',
  'recipients.get',
  'recipients.create',
  'recipients.update',
  'recipients.delete',
  'recipients.addGroupOffices',
  'recipients.retag',
  'recipients.importCsv',
  'recipients.exportCsv',
  'templates.list',
  'templates.get',
  'templates.create',
  'templates.update',
  'templates.delete',
  'templates.saveVariant',
  'templates.deleteVariant',
  'templates.import',
  'campaigns.list',
  'campaigns.get',
  'campaigns.create',
  'campaigns.update',
  'campaigns.addRecipients',
  'campaigns.drafts',
  'drafts.get',
  'drafts.saveEdit',
  'drafts.revert',
  'drafts.keepEdit',
  'drafts.merge',
  'drafts.allowMissing',
  'exports.start',
  'exports.status',
  'exports.cancel',
  'exports.download',
  'exports.save',
  'backups.list',
  'backups.create',
  'backups.verify',
  'backups.restore',
  'backups.download',
  'facts.list',
  'facts.create',
  'facts.update',
  'facts.delete',
  ...SENDER_OPERATION_NAMES,
  ...TRACKING_OPERATION_NAMES,
  ...ARCHIVE_OPERATION_NAMES,
  ...CHASER_OPERATION_NAMES,
  ...SECURITY_OPERATION_NAMES,
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** Operations that never change data; every other one may (and triggers the backup schedule). */
export const READ_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'workspace.status',
  'settings.get',
  'countries.list',
  'recipients.list',
  'recipients.tags',
  'recipients.get',
  'recipients.exportCsv',
  'templates.list',
  'templates.get',
  'facts.list',
  'backups.list',
  'backups.verify',
  'backups.download',
  'campaigns.list',
  'campaigns.get',
  'campaigns.drafts',
  'drafts.get',
  'exports.status',
  'exports.download',
  ...SENDER_READ_ONLY_OPERATIONS,
  ...TRACKING_READ_ONLY_OPERATIONS,
  ...ARCHIVE_READ_ONLY_OPERATIONS,
  ...CHASER_READ_ONLY_OPERATIONS,
  ...SECURITY_READ_ONLY_OPERATIONS,
]);

/** IPC channel for an operation; one fixed channel per name, never a generic one. */
export const channelFor = (name: OperationName): string => `letterdesk:${name}`;
