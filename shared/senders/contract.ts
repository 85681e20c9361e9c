import * as z from 'zod';
import { nameOrIdInput, type ContractFor } from '../api/contract-entry';
import { type senderOperations } from './operations';
import { idSchema } from '../recipients/schemas';
import {
  endorserFieldsSchema,
  endorserSchema,
  endorserStatusSchema,
  imageSchema,
  imageUploadSchema,
  organisationPatchSchema,
  organisationSchema,
  signerFieldsSchema,
  signerSchema,
} from './schemas';

const empty = z.strictObject({});

const byId = z.strictObject({ id: idSchema });

const deleted = z.object({ id: z.string() });

export const senderContract = {
  /** The letterhead; defaults (id null) before it is first saved. */
  'organisation.get': { input: empty, output: organisationSchema },
  /** Changes the fields given; creates the organisation on first save. */
  /**
   * Changes the fields given; creates the organisation on first save. With
   * `logo` (a PNG or JPEG, or null to remove it) the logo changes in the same
   * transaction: a refused image changes nothing.
   */
  'organisation.update': { input: organisationPatchSchema.extend({ logo: imageUploadSchema.nullable().optional() }), output: organisationSchema },
  /** PNG or JPEG; checked, downscaled, stripped of metadata and stored in the workspace. */
  'organisation.setLogo': { input: imageUploadSchema, output: organisationSchema },
  'organisation.clearLogo': { input: empty, output: organisationSchema },
  'signers.list': { input: empty, output: z.array(signerSchema) },
  /** A signer by id or by name (case-insensitive); refused, saying where to look, when none or several match. */
  'signers.find': { input: nameOrIdInput, output: signerSchema },
  /** With `signature`, the signer is saved with it in one transaction: a refused image adds nothing. */
  'signers.create': { input: signerFieldsSchema.extend({ signature: imageUploadSchema.optional() }), output: signerSchema },
  'signers.update': { input: z.strictObject({ id: idSchema, fields: signerFieldsSchema }), output: signerSchema },
  /** Refused (conflict) while a campaign lists the signer. */
  'signers.delete': { input: byId, output: deleted },
  'signers.setSignature': { input: imageUploadSchema.extend({ id: idSchema }), output: signerSchema },
  'signers.clearSignature': { input: byId, output: signerSchema },
  'endorsers.list': { input: z.strictObject({ status: endorserStatusSchema.optional() }), output: z.array(endorserSchema) },
  /** An endorsing organisation by id or by name (case-insensitive). */
  'endorsers.find': { input: nameOrIdInput, output: endorserSchema },
  'endorsers.create': { input: endorserFieldsSchema, output: endorserSchema },
  'endorsers.update': { input: z.strictObject({ id: idSchema, fields: endorserFieldsSchema }), output: endorserSchema },
  /** Refused (conflict) while a campaign lists the endorser. */
  'endorsers.delete': { input: byId, output: deleted },
  /** The bytes of a logo or signature, for previews. */
  'images.get': { input: byId, output: imageSchema },
  // `satisfies` on the literal: a missing or an extra operation name is a compile error.
} as const satisfies ContractFor<typeof senderOperations>;
export type SenderContract = typeof senderContract;
