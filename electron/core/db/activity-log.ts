import type { Db } from './database';
import { newId, nowIso } from './ids';

export interface ActivityEntry {
  action: 'create' | 'update' | 'delete' | 'settings' | 'workspace';
  entityType: string;
  entityId: string | null;
  summary: string;
}

/** Appends one line to the activity log. Call inside the transaction of the change it records. */
export function logActivity(db: Db, entry: ActivityEntry): void {
  const at = nowIso();
  db.prepare(
    `INSERT INTO activity_log (id, action, entity_type, entity_id, summary, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), entry.action, entry.entityType, entry.entityId, entry.summary, at, at);
}

export interface ActivityRow {
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  createdAt: string;
}

export function recentActivity(db: Db, limit = 50): ActivityRow[] {
  return db
    .prepare(
      `SELECT action, entity_type AS entityType, entity_id AS entityId, summary, created_at AS createdAt
       FROM activity_log ORDER BY seq DESC LIMIT ?`,
    )
    .all(limit) as ActivityRow[];
}
