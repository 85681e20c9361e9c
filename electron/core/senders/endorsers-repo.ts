import { ApiFailure } from '../../../shared/api/errors';
import type { Endorser, EndorserFields, EndorserStatus } from '../../../shared/senders/schemas';
import { logActivity } from '../db/activity-log';
import type { Db } from '../db/database';
import { newId, nowIso } from '../db/ids';
import { campaignsUsing, quoteNames } from './campaign-usage';

/*
 * Organisations that endorse a letter or statement, with their consent
 * status (only "agreed" ones are printed). Every write is one transaction
 * with its activity-log line.
 */

interface EndorserRow {
  id: string;
  name: string;
  country_code: string | null;
  status: EndorserStatus;
  created_at: string;
  updated_at: string;
}

function toEndorser(row: EndorserRow): Endorser {
  return {
    id: row.id,
    name: row.name,
    countryCode: row.country_code,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listEndorsers(db: Db, filter: { status?: EndorserStatus } = {}): Endorser[] {
  const rows = filter.status
    ? db.prepare('SELECT * FROM endorsers WHERE status = ? ORDER BY name COLLATE NOCASE, seq').all(filter.status)
    : db.prepare('SELECT * FROM endorsers ORDER BY name COLLATE NOCASE, seq').all();
  return (rows as EndorserRow[]).map(toEndorser);
}

export function getEndorser(db: Db, id: string): Endorser | undefined {
  const row = db.prepare('SELECT * FROM endorsers WHERE id = ?').get(id) as EndorserRow | undefined;
  return row && toEndorser(row);
}

export function createEndorser(db: Db, fields: EndorserFields): Endorser {
  const id = newId();
  db.transaction(() => {
    const at = nowIso();
    db.prepare('INSERT INTO endorsers (id, name, country_code, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      fields.name,
      fields.countryCode,
      fields.status,
      at,
      at,
    );
    logActivity(db, { action: 'create', entityType: 'endorser', entityId: id, summary: `Added endorser ${fields.name} (${fields.status})` });
  })();
  return getEndorser(db, id)!;
}

export function updateEndorser(db: Db, id: string, fields: EndorserFields): Endorser | undefined {
  const found = db.transaction(() => {
    const before = db.prepare('SELECT status FROM endorsers WHERE id = ?').pluck().get(id) as EndorserStatus | undefined;
    if (before === undefined) return false;
    db.prepare('UPDATE endorsers SET name = ?, country_code = ?, status = ?, updated_at = ? WHERE id = ?').run(
      fields.name,
      fields.countryCode,
      fields.status,
      nowIso(),
      id,
    );
    // Consent matters: say so when it changed.
    const status = before === fields.status ? '' : `: ${before} → ${fields.status}`;
    logActivity(db, { action: 'update', entityType: 'endorser', entityId: id, summary: `Updated endorser ${fields.name}${status}` });
    return true;
  })();
  return found ? getEndorser(db, id) : undefined;
}

/** Refused (ApiFailure 'conflict') while a campaign lists the endorser. */
export function deleteEndorser(db: Db, id: string): boolean {
  return db.transaction(() => {
    const name = db.prepare('SELECT name FROM endorsers WHERE id = ?').pluck().get(id) as string | undefined;
    if (name === undefined) return false;
    const campaigns = campaignsUsing(db, 'endorser', id);
    if (campaigns.length > 0) {
      throw new ApiFailure(
        'conflict',
        `${name} endorses the campaign${campaigns.length > 1 ? 's' : ''} ${quoteNames(campaigns)}, so it cannot be deleted. ` +
          'Remove it from the campaign first, or mark it as declined.',
      );
    }
    db.prepare('DELETE FROM endorsers WHERE id = ?').run(id);
    logActivity(db, { action: 'delete', entityType: 'endorser', entityId: id, summary: `Deleted endorser ${name}` });
    return true;
  })();
}
