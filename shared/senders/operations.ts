import type { OperationTable } from '../api/operation-facts';

/** Who sends the letters: the organisation and its letterhead, signers with signatures, endorsers, and their images. */
export const senderOperations = {
  'organisation.get': { access: 'read' },
  'organisation.update': { access: 'write', body: 'upload' },
  'organisation.setLogo': { access: 'write', body: 'upload' },
  'organisation.clearLogo': { access: 'write' },
  'signers.list': { access: 'read' },
  'signers.find': { access: 'read' },
  'signers.create': { access: 'write', body: 'upload' },
  'signers.update': { access: 'write' },
  'signers.delete': { access: 'write' },
  'signers.setSignature': { access: 'write', body: 'upload' },
  'signers.clearSignature': { access: 'write' },
  'endorsers.list': { access: 'read' },
  'endorsers.find': { access: 'read' },
  'endorsers.create': { access: 'write' },
  'endorsers.update': { access: 'write' },
  'endorsers.delete': { access: 'write' },
  'images.get': { access: 'read' },
} as const satisfies OperationTable;
