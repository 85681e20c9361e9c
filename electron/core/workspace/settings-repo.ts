import type { Db } from '../db/database';
import { logActivity } from '../db/activity-log';
import { newId, nowIso } from '../db/ids';

export function getSetting(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setSetting(db: Db, key: string, value: string): void {
  db.transaction(() => {
    const at = nowIso();
    db.prepare(
      `INSERT INTO settings (id, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(newId(), key, value, at, at);
    logActivity(db, { action: 'settings', entityType: 'setting', entityId: key, summary: `Set ${key} to ${value}` });
  })();
}
