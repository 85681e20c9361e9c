/*
 * The names of every API operation, without their schemas, so the desktop
 * preload can expose one named function per operation without bundling zod.
 * contract.ts must declare exactly these (checked at compile time).
 */
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
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

/** IPC channel for an operation; one fixed channel per name, never a generic one. */
export const channelFor = (name: OperationName): string => `letterdesk:${name}`;
