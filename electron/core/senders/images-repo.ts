import type { Image, ImageRef } from '../../../shared/senders/schemas';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';
import type { PreparedImage } from './images';

/*
 * Image rows (logo, signatures). An image belongs to whatever points at it;
 * when nothing does any more it is deleted, so replacing a logo ten times
 * does not keep ten logos in the workspace.
 */

/** Every column that may point at an image. Add new ones here, or unused-image clean-up will delete images they use. */
const IMAGE_REFERENCES = [
  { table: 'organisation', column: 'logo_image_id' },
  { table: 'signers', column: 'signature_image_id' },
] as const;

interface ImageRow {
  id: string;
  purpose: Image['purpose'];
  mime: Image['mime'];
  width: number;
  height: number;
  data: Buffer;
}

/** Stores the image, or reuses an identical one. Call inside the transaction of the change that uses it. */
export function storeImage(db: Db, image: PreparedImage): ImageRef {
  const same = db.prepare('SELECT id, width, height FROM images WHERE sha256 = ? AND purpose = ? AND mime = ?').get(image.sha256, image.purpose, image.mime) as
    { id: string; width: number; height: number } | undefined;
  if (same) return { imageId: same.id, width: same.width, height: same.height };
  const id = newId();
  const at = nowIso();
  db.prepare(
    `INSERT INTO images (id, purpose, mime, width, height, sha256, data, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, image.purpose, image.mime, image.width, image.height, image.sha256, image.data, at, at);
  return { imageId: id, width: image.width, height: image.height };
}

export function getImage(db: Db, id: string): Image | undefined {
  const row = db.prepare('SELECT id, purpose, mime, width, height, data FROM images WHERE id = ?').get(id) as ImageRow | undefined;
  return row && { id: row.id, purpose: row.purpose, mime: row.mime, width: row.width, height: row.height, contentBase64: row.data.toString('base64') };
}

/** Deletes the image when no row points at it any more. Call inside the transaction that dropped the reference. */
export function deleteImageIfUnused(db: Db, id: string | null): void {
  if (id === null) return;
  const used = IMAGE_REFERENCES.some(({ table, column }) => db.prepare(`SELECT 1 FROM ${table} WHERE ${column} = ?`).get(id) !== undefined);
  if (!used) db.prepare('DELETE FROM images WHERE id = ?').run(id);
}

/** The image reference of a row joined with images (columns image_id, image_width, image_height). */
export function imageRefOf(row: { image_id: string | null; image_width: number | null; image_height: number | null }): ImageRef | null {
  return row.image_id === null || row.image_width === null || row.image_height === null
    ? null
    : { imageId: row.image_id, width: row.image_width, height: row.image_height };
}
