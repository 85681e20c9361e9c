import type { Organisation, OrganisationPatch } from '../../../shared/senders/schemas';
import { logActivity } from '../db/activity-log';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';
import type { PreparedImage } from './images';
import { deleteImageIfUnused, imageRefOf, storeImage } from './images-repo';

/*
 * The organisation that sends the letters: one row (singleton = 1), created
 * by the first write. Until then reads return the defaults with id null.
 */

interface OrganisationRow {
  id: string;
  name: string;
  address: string;
  contacts: string;
  paper_size: Organisation['paperSize'];
  place: string;
  image_id: string | null;
  image_width: number | null;
  image_height: number | null;
  created_at: string;
  updated_at: string;
}

const DEFAULTS: Organisation = {
  id: null,
  name: '',
  address: '',
  contacts: '',
  paperSize: 'A4',
  place: '',
  logo: null,
  createdAt: null,
  updatedAt: null,
};

/** Patch field → column. The SQL below only ever uses these fixed names. */
const COLUMNS = { name: 'name', address: 'address', contacts: 'contacts', paperSize: 'paper_size', place: 'place' } as const;
const FIELD_LABELS = { name: 'name', address: 'address', contacts: 'contacts', paperSize: 'paper size', place: 'place' } as const;

export function getOrganisation(db: Db): Organisation {
  const row = db
    .prepare(
      `SELECT o.*, i.id AS image_id, i.width AS image_width, i.height AS image_height
       FROM organisation o LEFT JOIN images i ON i.id = o.logo_image_id WHERE o.singleton = 1`,
    )
    .get() as OrganisationRow | undefined;
  if (!row) return DEFAULTS;
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    contacts: row.contacts,
    paperSize: row.paper_size,
    place: row.place,
    logo: imageRefOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Creates the row when missing; returns its id and whether it was just created. */
function ensureRow(db: Db): { id: string; created: boolean } {
  const existing = db.prepare('SELECT id FROM organisation WHERE singleton = 1').get() as { id: string } | undefined;
  if (existing) return { id: existing.id, created: false };
  const id = newId();
  const at = nowIso();
  db.prepare('INSERT INTO organisation (id, singleton, created_at, updated_at) VALUES (?, 1, ?, ?)').run(id, at, at);
  return { id, created: true };
}

export interface OrganisationChange {
  fields?: OrganisationPatch;
  /** A new logo, null to remove it, undefined to leave it. */
  logo?: PreparedImage | null;
  /** For the activity log: the logo's file name. */
  logoFileName?: string;
}

/** Changes the fields given and/or the logo, in one transaction with one activity-log line. */
export function changeOrganisation(db: Db, change: OrganisationChange): Organisation {
  db.transaction(() => {
    const { id, created } = ensureRow(db);
    const at = nowIso();
    const keys = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => change.fields?.[k] !== undefined);
    if (keys.length > 0) {
      const sets = keys.map((k) => `${COLUMNS[k]} = ?`).join(', ');
      db.prepare(`UPDATE organisation SET ${sets}, updated_at = ? WHERE singleton = 1`).run(...keys.map((k) => change.fields![k]), at);
    }
    const parts: string[] = keys.map((k) => FIELD_LABELS[k]);
    if (change.logo !== undefined) {
      const old = (db.prepare('SELECT logo_image_id FROM organisation WHERE singleton = 1').get() as { logo_image_id: string | null }).logo_image_id;
      const logo = change.logo && storeImage(db, change.logo);
      db.prepare('UPDATE organisation SET logo_image_id = ?, updated_at = ? WHERE singleton = 1').run(logo ? logo.imageId : null, at);
      if (old !== (logo ? logo.imageId : null)) deleteImageIfUnused(db, old);
      parts.push(change.logo ? `logo${change.logoFileName ? ` (${change.logoFileName})` : ''}` : 'logo removed');
    }
    const what = parts.length > 0 ? parts.join(', ') : 'nothing changed';
    logActivity(db, {
      action: created ? 'create' : 'update',
      entityType: 'organisation',
      entityId: id,
      summary: `${created ? 'Set up' : 'Updated'} the organisation: ${what}`,
    });
  })();
  return getOrganisation(db);
}
