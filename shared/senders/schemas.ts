import * as z from 'zod';
import { paperSizeSchema } from '../templates/schemas';

/*
 * Who sends the letters: the organisation (letterhead), the people who sign
 * and the organisations that endorse. Validation messages are the stable
 * codes of shared/api/messages.ts ("required", "tooLong", ...).
 */

const text = (max: number) => z.string({ error: 'required' }).trim().max(max, { error: 'tooLong' });

/** Windows and old Mac line endings become "\n"; spaces at line ends and blank lines around the text go. */
export function normaliseLines(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Text that may run over several lines: an address block, a signer's two-line title. */
const multiline = (max: number, maxLines: number) =>
  z
    .string({ error: 'required' })
    .overwrite(normaliseLines)
    .max(max, { error: 'tooLong' })
    .refine((v) => v.split('\n').length <= maxLines, { error: 'tooMany' });

export const ORGANISATION_LIMITS = { name: 200, address: 1000, addressLines: 12, contacts: 1000, place: 100 } as const;

/** Organisation fields; every one optional: what is given changes, the rest stays. */
export const organisationPatchSchema = z.strictObject({
  name: text(ORGANISATION_LIMITS.name).optional(),
  /** The letterhead's address block, one line per line. */
  address: multiline(ORGANISATION_LIMITS.address, ORGANISATION_LIMITS.addressLines).optional(),
  /** Telephone, email, web: printed under the address. */
  contacts: multiline(ORGANISATION_LIMITS.contacts, ORGANISATION_LIMITS.addressLines).optional(),
  paperSize: paperSizeSchema.optional(),
  /** The place on the date line: "Geneva, 22 November 2026". */
  place: text(ORGANISATION_LIMITS.place).optional(),
});
export type OrganisationPatch = z.output<typeof organisationPatchSchema>;

export const signerFieldsSchema = z.strictObject({
  name: text(200).min(1, { error: 'required' }),
  /** "Executive Director"; a second line may name a programme. */
  title: multiline(300, 3).default(''),
});
export type SignerFields = z.output<typeof signerFieldsSchema>;

export const ENDORSER_STATUSES = ['asked', 'agreed', 'declined'] as const;
export const endorserStatusSchema = z.enum(ENDORSER_STATUSES);
export type EndorserStatus = z.infer<typeof endorserStatusSchema>;

export const endorserFieldsSchema = z.strictObject({
  name: text(300).min(1, { error: 'required' }),
  /** ISO 3166-1 alpha-2; blank or null for none (an international network). Checked against known countries in main. */
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/, { error: 'unknownCountry' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .default(null),
  /** Only organisations that agreed are printed. */
  status: endorserStatusSchema.default('asked'),
});
export type EndorserFields = z.output<typeof endorserFieldsSchema>;

/* Images */

export const IMAGE_PURPOSES = ['logo', 'signature'] as const;
export type ImagePurpose = (typeof IMAGE_PURPOSES)[number];
export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type ImageMime = (typeof IMAGE_MIME_TYPES)[number];

/** The largest image file accepted: a 600 dpi scan of a signature is far smaller. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** The refusal of an image file over MAX_IMAGE_BYTES (the command line says it before reading the file). */
export function tooLargeMessage(bytes: number): string {
  return (
    `This image is ${megabytes(bytes)}; Letterdesk accepts images up to ${megabytes(MAX_IMAGE_BYTES)}. ` +
    'Save it smaller (a signature scanned at 300 dpi is well under 1 MB) and try again.'
  );
}
/** Room above MAX_IMAGE_BYTES, so a larger file reaches main and is refused in plain words. */
export const MAX_IMAGE_BASE64 = Math.ceil((32 * 1024 * 1024 * 4) / 3);

/** Issue codes of a refused image (path ["contentBase64"]); the message says the rest in plain English. */
export const IMAGE_ISSUE_CODES = ['imageType', 'imageTooLarge', 'imagePixels', 'imageDamaged'] as const;
export type ImageIssueCode = (typeof IMAGE_ISSUE_CODES)[number];

/** A PNG or JPEG file the user picked, base64-encoded; its name is only for the activity log. */
export const imageUploadSchema = z.strictObject({
  fileName: z.string().trim().max(255, { error: 'tooLong' }).default(''),
  contentBase64: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(MAX_IMAGE_BASE64, { error: 'tooLong' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid' }),
});
export type ImageUpload = z.output<typeof imageUploadSchema>;

/** A stored image as the rest of the app sees it; fetch the bytes with images.get. */
export const imageRefSchema = z.object({ imageId: z.string(), width: z.number(), height: z.number() });
export type ImageRef = z.infer<typeof imageRefSchema>;

export const imageSchema = z.object({
  id: z.string(),
  purpose: z.enum(IMAGE_PURPOSES),
  mime: z.enum(IMAGE_MIME_TYPES),
  width: z.number(),
  height: z.number(),
  contentBase64: z.string(),
});
export type Image = z.infer<typeof imageSchema>;

/* Output shapes */

export const organisationSchema = z.object({
  /** Null until the organisation is first saved (the fields then hold the defaults). */
  id: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  contacts: z.string(),
  paperSize: paperSizeSchema,
  place: z.string(),
  logo: imageRefSchema.nullable(),
  createdAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const signerSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string(),
  signature: imageRefSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Signer = z.infer<typeof signerSchema>;

export const endorserSchema = z.object({
  id: z.string(),
  name: z.string(),
  countryCode: z.string().nullable(),
  status: endorserStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Endorser = z.infer<typeof endorserSchema>;

/* Contract entries, spread into shared/api/contract.ts */
