/*
 * The names of the outreach-tracking operations, without their schemas: the
 * desktop preload can spread them into OPERATION_NAMES without bundling zod.
 * tracking.ts declares exactly these.
 */
export const TRACKING_OPERATION_NAMES = [
  'tracking.record',
  'tracking.correct',
  'tracking.undo',
  'tracking.events',
  'tracking.status',
  'tracking.due',
  'tracking.country',
  'tracking.attachment',
  'tracking.report',
] as const;

export type TrackingOperationName = (typeof TRACKING_OPERATION_NAMES)[number];

/** The tracking operations that never change data (for READ_ONLY_OPERATIONS). */
export const TRACKING_READ_ONLY_OPERATIONS = [
  'tracking.events',
  'tracking.status',
  'tracking.due',
  'tracking.country',
  'tracking.attachment',
  'tracking.report',
] as const satisfies readonly TrackingOperationName[];

/** Operations whose input may carry a whole file (an attachment up to 50 MB, a map image): the browser-mode server must accept large bodies. */
export const TRACKING_UPLOAD_OPERATIONS = ['tracking.record', 'tracking.correct', 'tracking.report'] as const satisfies readonly TrackingOperationName[];
