import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../../electron/core/db/database';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/database';
import { migrate, NewerSchemaError, schemaVersion, assertMigrationsOrdered } from '../../../electron/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../electron/core/db/migrations';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { tempDirsRemovedAfterEach } from '../../helpers/workspace-per-test';

const tempDir = tempDirsRemovedAfterEach(afterEach);

describe('migrations', () => {
  it('bring an empty file to the latest version with the required pragmas', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(['recipients', 'recipient_tags', 'settings', 'activity_log']));
    db.close();
  });

  it('are idempotent: a second run applies nothing', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'));
    migrate(db);
    expect(migrate(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('roll back a failing migration whole, leaving the previous version', () => {
    const db = openDatabase(path.join(tempDir(), 'a.db'));
    const broken: Migration[] = [
      ...MIGRATIONS,
      { version: LATEST_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('refuse a database written by a newer version, without touching it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'letterdesk.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);

    const ws = await Workspace.open({ dataDir: dir });
    const status = ws.status();
    expect(status.state).toBe('newer_version');
    expect(status.state !== 'ready' && status.detail).toMatch(/newer version of Letterdesk/);
    ws.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['letterdesk.db']);

    const db = openDatabase(file);
    expect(() => migrate(db)).toThrow(NewerSchemaError);
    db.close();
  });

  it('back up an existing database before migrating it', async () => {
    const dir = tempDir();
    const v1 = await Workspace.open({ dataDir: dir, migrations: MIGRATIONS });
    v1.db().prepare("INSERT INTO settings (id, key, value, created_at, updated_at) VALUES ('s1', 'k', 'before', 'x', 'x')").run();
    v1.close();

    const next: Migration = { version: LATEST_VERSION + 1, name: 'test', sql: 'CREATE TABLE added_later (id TEXT PRIMARY KEY);' };
    const v2 = await Workspace.open({ dataDir: dir, migrations: [...MIGRATIONS, next] });
    expect(v2.status()).toMatchObject({ state: 'ready', schemaVersion: LATEST_VERSION + 1 });
    v2.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^pre-migration-v${LATEST_VERSION}-.*\\.sqlite$`));
    const copy = new Database(path.join(dir, 'backups', backups[0]), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: 'before' });
    copy.close();
  });

  it('take no backup when creating a new workspace', async () => {
    const dir = tempDir();
    (await Workspace.open({ dataDir: dir })).close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('are numbered 1, 2, 3... with no gap', () => {
    expect(() => assertMigrationsOrdered(MIGRATIONS)).not.toThrow();
    expect(() => assertMigrationsOrdered([{ version: 2, name: 'x', sql: '' }])).toThrow(/expected 1/);
  });
});
