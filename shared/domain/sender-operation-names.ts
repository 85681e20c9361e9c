/*
 * The names of the sender operations (organisation, signers, endorsers,
 * images), without their schemas: the desktop preload can spread them into
 * OPERATION_NAMES without bundling zod. senders.ts declares exactly these.
 */
export const SENDER_OPERATION_NAMES = [
  'organisation.get',
  'organisation.update',
  'organisation.setLogo',
  'organisation.clearLogo',
  'signers.list',
  'signers.create',
  'signers.update',
  'signers.delete',
  'signers.setSignature',
  'signers.clearSignature',
  'endorsers.list',
  'endorsers.create',
  'endorsers.update',
  'endorsers.delete',
  'images.get',
] as const;

export type SenderOperationName = (typeof SENDER_OPERATION_NAMES)[number];

/** The sender operations that never change data (for READ_ONLY_OPERATIONS). */
export const SENDER_READ_ONLY_OPERATIONS = [
  'organisation.get',
  'signers.list',
  'endorsers.list',
  'images.get',
] as const satisfies readonly SenderOperationName[];

/** Operations whose input carries a whole image file (base64, up to MAX_IMAGE_BASE64): the browser-mode server must accept large bodies for them. */
export const SENDER_UPLOAD_OPERATIONS = ['organisation.setLogo', 'signers.setSignature'] as const satisfies readonly SenderOperationName[];
