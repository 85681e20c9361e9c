import type { Fact, FactFields } from '../../../shared/facts/schemas';
import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';

interface FactRow {
  id: string;
  label: string;
  text: string;
  source_name: string;
  source_url: string;
  as_of: string;
  stale_after_days: number;
  created_at: string;
  updated_at: string;
}

function toFact(row: FactRow): Fact {
  return {
    id: row.id,
    label: row.label,
    text: row.text,
    sourceName: row.source_name,
    sourceUrl: row.source_url,
    asOf: row.as_of,
    staleAfterDays: row.stale_after_days,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listFacts(db: Db): Fact[] {
  return (db.prepare('SELECT * FROM facts ORDER BY label COLLATE NOCASE, id').all() as FactRow[]).map(toFact);
}

export function getFact(db: Db, id: string): Fact | undefined {
  const row = db.prepare('SELECT * FROM facts WHERE id = ?').get(id) as FactRow | undefined;
  return row && toFact(row);
}

export function createFact(db: Db, f: FactFields): Fact {
  const id = newId();
  db.transaction(() => {
    const at = nowIso();
    db.prepare(
      `INSERT INTO facts (id, label, text, source_name, source_url, as_of, stale_after_days, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, f.label, f.text, f.sourceName, f.sourceUrl, f.asOf, f.staleAfterDays, at, at);
    logActivity(db, { action: 'create', entityType: 'fact', entityId: id, summary: `Added fact ${f.label}` });
  })();
  return getFact(db, id)!;
}

export function updateFact(db: Db, id: string, f: FactFields): Fact | undefined {
  const found = db.transaction(() => {
    const { changes } = db
      .prepare('UPDATE facts SET label = ?, text = ?, source_name = ?, source_url = ?, as_of = ?, stale_after_days = ?, updated_at = ? WHERE id = ?')
      .run(f.label, f.text, f.sourceName, f.sourceUrl, f.asOf, f.staleAfterDays, nowIso(), id);
    if (changes > 0) logActivity(db, { action: 'update', entityType: 'fact', entityId: id, summary: `Updated fact ${f.label}` });
    return changes > 0;
  })();
  return found ? getFact(db, id) : undefined;
}

export function deleteFact(db: Db, id: string): boolean {
  return db.transaction(() => {
    const { changes } = db.prepare('DELETE FROM facts WHERE id = ?').run(id);
    if (changes > 0) logActivity(db, { action: 'delete', entityType: 'fact', entityId: id, summary: 'Deleted a fact' });
    return changes > 0;
  })();
}
