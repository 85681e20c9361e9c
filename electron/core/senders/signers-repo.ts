import { ApiFailure } from '../../../shared/api/errors';
import type { Signer, SignerFields } from '../../../shared/senders/schemas';
import { logActivity } from '../db/activity-log';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';
import { campaignsUsing, quoteNames } from './campaign-usage';
import type { PreparedImage } from './images';
import { deleteImageIfUnused, imageRefOf, storeImage } from './images-repo';

/*
 * The people who sign letters, each with an optional scanned signature.
 * Every write is one transaction with its activity-log line. Functions return
 * undefined / false when the signer does not exist.
 */

interface SignerRow {
  id: string;
  name: string;
  title: string;
  signature_image_id: string | null;
  image_id: string | null;
  image_width: number | null;
  image_height: number | null;
  created_at: string;
  updated_at: string;
}

const SELECT_SIGNER = `
  SELECT s.*, i.id AS image_id, i.width AS image_width, i.height AS image_height
  FROM signers s LEFT JOIN images i ON i.id = s.signature_image_id`;

function toSigner(row: SignerRow): Signer {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    signature: imageRefOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listSigners(db: Db): Signer[] {
  return (db.prepare(`${SELECT_SIGNER} ORDER BY s.name COLLATE NOCASE, s.seq`).all() as SignerRow[]).map(toSigner);
}

export function getSigner(db: Db, id: string): Signer | undefined {
  const row = db.prepare(`${SELECT_SIGNER} WHERE s.id = ?`).get(id) as SignerRow | undefined;
  return row && toSigner(row);
}

/** Creates a signer, with their signature when given, in one transaction. */
export function createSigner(db: Db, fields: SignerFields, signature?: PreparedImage): Signer {
  const id = newId();
  db.transaction(() => {
    const at = nowIso();
    const image = signature ? storeImage(db, signature) : null;
    db.prepare('INSERT INTO signers (id, name, title, signature_image_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      fields.name,
      fields.title,
      image?.imageId ?? null,
      at,
      at,
    );
    logActivity(db, { action: 'create', entityType: 'signer', entityId: id, summary: `Added signer ${fields.name}${image ? ' with a signature' : ''}` });
  })();
  return getSigner(db, id)!;
}

export function updateSigner(db: Db, id: string, fields: SignerFields): Signer | undefined {
  const found = db.transaction(() => {
    const { changes } = db.prepare('UPDATE signers SET name = ?, title = ?, updated_at = ? WHERE id = ?').run(fields.name, fields.title, nowIso(), id);
    if (changes > 0) logActivity(db, { action: 'update', entityType: 'signer', entityId: id, summary: `Updated signer ${fields.name}` });
    return changes > 0;
  })();
  return found ? getSigner(db, id) : undefined;
}

/** Sets (an image) or removes (null) the signer's signature; the old image goes when unused. */
export function setSignerSignature(db: Db, id: string, signature: PreparedImage | null, fileName = ''): Signer | undefined {
  const found = db.transaction(() => {
    const row = db.prepare('SELECT name, signature_image_id FROM signers WHERE id = ?').get(id) as
      { name: string; signature_image_id: string | null } | undefined;
    if (!row) return false;
    const image = signature && storeImage(db, signature);
    const newImageId = image ? image.imageId : null;
    db.prepare('UPDATE signers SET signature_image_id = ?, updated_at = ? WHERE id = ?').run(newImageId, nowIso(), id);
    if (row.signature_image_id !== newImageId) deleteImageIfUnused(db, row.signature_image_id);
    const summary = image ? `Set the signature of ${row.name}${fileName ? ` (${fileName})` : ''}` : `Removed the signature of ${row.name}`;
    logActivity(db, { action: 'update', entityType: 'signer', entityId: id, summary });
    return true;
  })();
  return found ? getSigner(db, id) : undefined;
}

/** Deletes a signer and their signature image. Refused (ApiFailure 'conflict') while a campaign lists them. */
export function deleteSigner(db: Db, id: string): boolean {
  return db.transaction(() => {
    const row = db.prepare('SELECT name, signature_image_id FROM signers WHERE id = ?').get(id) as
      { name: string; signature_image_id: string | null } | undefined;
    if (!row) return false;
    const campaigns = campaignsUsing(db, 'signer', id);
    if (campaigns.length > 0) {
      throw new ApiFailure(
        'conflict',
        `${row.name} signs the campaign${campaigns.length > 1 ? 's' : ''} ${quoteNames(campaigns)}, so they cannot be deleted. ` +
          'Remove them from the campaign first.',
      );
    }
    db.prepare('DELETE FROM signers WHERE id = ?').run(id);
    deleteImageIfUnused(db, row.signature_image_id);
    logActivity(db, { action: 'delete', entityType: 'signer', entityId: id, summary: `Deleted signer ${row.name}` });
    return true;
  })();
}
