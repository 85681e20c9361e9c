/*
 * The names of the "Move a workspace" operations (export a .letterdesk
 * archive, import and merge one), without their schemas: the desktop preload
 * can spread them into OPERATION_NAMES without bundling zod. archive.ts
 * declares exactly these.
 */
export const ARCHIVE_OPERATION_NAMES = [
  'archive.export',
  'archive.save',
  'archive.upload',
  'archive.choose',
  'archive.preview',
  'archive.apply',
  'archive.discard',
] as const;

export type ArchiveOperationName = (typeof ARCHIVE_OPERATION_NAMES)[number];

/**
 * The archive operations that never change the workspace's data (for
 * READ_ONLY_OPERATIONS). An upload or a choice only stages a file beside the
 * workspace; a preview merges inside a transaction that is rolled back.
 */
export const ARCHIVE_READ_ONLY_OPERATIONS = [
  'archive.export',
  'archive.save',
  'archive.upload',
  'archive.choose',
  'archive.preview',
  'archive.discard',
] as const satisfies readonly ArchiveOperationName[];

/** Operations whose input carries part of a file: the browser-mode server must accept large bodies for them. */
export const ARCHIVE_UPLOAD_OPERATIONS = ['archive.upload'] as const satisfies readonly ArchiveOperationName[];
