import type { Db } from './database';
import { MIGRATIONS, LATEST_VERSION, type Migration } from './migrations';

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This workspace was written by a newer version of Letterdesk (schema ${found}; this version knows up to ${supported}). ` +
        'Update Letterdesk to open it. The file has not been changed.',
    );
    this.name = 'NewerSchemaError';
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Checks the list itself: versions start at 1 and go up by one. */
export function assertMigrationsOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
    }
  });
}

export function pendingMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  assertMigrationsOrdered(migrations);
  const current = schemaVersion(db);
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;
  if (current > latest) throw new NewerSchemaError(current, latest);
  return migrations.filter((m) => m.version > current);
}

/**
 * Applies pending migrations, each in its own transaction together with its
 * `user_version` bump, so a crash leaves the database at a whole version.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  for (const migration of pendingMigrations(db, migrations)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}

export { LATEST_VERSION };
