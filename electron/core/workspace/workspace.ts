import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceStatus } from '../../../shared/workspace/contract';
import { ApiFailure } from '../../../shared/api/errors';
import { LANGUAGES } from '../../../shared/recipients/schemas';
import { foldForSearch } from '../../../shared/text/fold';
import { needsVerification } from '../../../shared/protocol/verification';
import { listCountries } from '../recipients/countries';
import { loadExamplesOnFirstRun } from '../templates/examples';
import { keyOf, openDatabase, quickCheck, type Db } from '../db/database';
import { makePrivateDir, makeTreePrivate, preparePrivateFile } from '../db/private-files';
import { backupDatabase, fileStamp } from '../db/online-backup';
import { WrongKeyError, type DatabaseKey } from '../db/cipher';
import { MARKER_FILE, markerFile, protectionOf, removeLeftoverCopies, removeMarker } from '../security/encryption-marker';
import { keyOpensABackup } from '../security/passphrase-check';
import { settleWorkspaceKey, workspaceKey } from '../security/workspace-key';
import { migrate, pendingMigrations, schemaVersion, NewerSchemaError } from '../db/migrate';
import { MIGRATIONS, type Migration } from '../db/migrations';

export const DATABASE_FILE = 'letterdesk.db';

export interface WorkspaceOptions {
  dataDir: string;
  nativeBinding?: string;
  /** The shipped migrations unless a test passes its own list. */
  migrations?: readonly Migration[];
  /**
   * The passphrase to open an encrypted workspace with (`new
   * DatabaseKey(passphrase)`; it is derived as the marker says). Without it
   * (or with a wrong one) an encrypted workspace opens `locked`. Ignored for
   * an unencrypted one. After opening, it is the key in use (the one form
   * that opened the file), or null.
   */
  key?: DatabaseKey | null;
}

type Problem = Exclude<WorkspaceStatus, { state: 'ready' }>['state'];

class WorkspaceProblem extends Error {
  constructor(
    readonly state: Problem,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * A workspace is a data folder holding letterdesk.db and its backups.
 * Opening never throws for a bad database file: the status says what is wrong
 * and the file is left exactly as it was, so the UI and CLI can explain and
 * offer a fresh start.
 */
export class Workspace {
  private constructor(
    public options: WorkspaceOptions,
    private database: Db | null,
    private currentStatus: WorkspaceStatus,
  ) {}

  get dataDir(): string {
    return this.options.dataDir;
  }

  get databaseFile(): string {
    return path.join(this.options.dataDir, DATABASE_FILE);
  }

  get backupsDir(): string {
    return path.join(this.options.dataDir, 'backups');
  }

  static async open(given: WorkspaceOptions): Promise<Workspace> {
    makePrivateDir(given.dataDir);
    const file = path.join(given.dataDir, DATABASE_FILE);
    const options = { ...given, key: await keyFor(given, file) };
    try {
      const db = await openAndMigrate(file, path.join(options.dataDir, 'backups'), options);
      options.key = keyOf(db);
      // Also what an older version, a restore or a passphrase change left with another mode.
      makeTreePrivate(options.dataDir);
      const workspace = new Workspace(options, db, { state: 'ready', dataDir: options.dataDir, schemaVersion: schemaVersion(db) });
      // A key of the old scheme moves to the raw key now, at its first unlock.
      await settleWorkspaceKey(workspace);
      return workspace;
    } catch (error) {
      if (!(error instanceof WorkspaceProblem)) throw error;
      if (error.state === 'locked') options.key = null;
      const browsable = error.state === 'damaged' ? openDamagedReadOnly(file, options) : null;
      return new Workspace(options, browsable, {
        state: error.state,
        dataDir: options.dataDir,
        databaseFile: file,
        detail: error.message,
        ...(browsable ? { readOnly: true } : {}),
      });
    }
  }

  status(): WorkspaceStatus {
    return this.currentStatus;
  }

  /** True when a damaged file is open read-only, for looking at the data but never changing it. */
  get readOnly(): boolean {
    const status = this.currentStatus;
    return status.state !== 'ready' && status.readOnly === true && this.database !== null;
  }

  /** The key the database is encrypted with (held while it is open or damaged), or null. */
  databaseKey(): DatabaseKey | null {
    return this.options.key ?? null;
  }

  /**
   * Opens another database file (a copy, a snapshot) with this workspace's
   * key and native module, e.g. to read a copy of an encrypted workspace.
   */
  openDatabaseFile(file: string, options: { readonly?: boolean } = {}): Db {
    return openDatabase(file, { ...options, key: this.databaseKey(), nativeBinding: this.options.nativeBinding });
  }

  /** Closes the database and opens it again with `key` (after unlocking or changing the passphrase). */
  async openWithKey(key: DatabaseKey | null): Promise<void> {
    this.close();
    const again = await Workspace.open({ ...this.options, key });
    this.options = again.options;
    this.database = again.database;
    this.currentStatus = again.currentStatus;
  }

  /** The open database, or a clear failure when the workspace could not be opened. */
  db(): Db {
    if (this.database) return this.database;
    const status = this.currentStatus;
    const detail = status.state === 'ready' ? '' : ` ${status.detail}`;
    throw new ApiFailure('workspace_unavailable', `The workspace could not be opened.${detail}`);
  }

  /**
   * Moves the current database file (and its WAL and shared-memory files)
   * into `damaged/` byte for byte, then creates an empty workspace.
   */
  async startFresh(): Promise<{ keptFile: string }> {
    // Every caller (the API, the CLI) ends here: a locked workspace is never set aside.
    if (this.currentStatus.state === 'locked') {
      throw new ApiFailure('conflict', 'The workspace is locked, not damaged: unlock it with its passphrase instead of starting afresh.');
    }
    this.close();
    const keptDir = path.join(this.dataDir, 'damaged');
    makePrivateDir(keptDir);
    const keptFile = path.join(keptDir, `letterdesk-${fileStamp()}.db`);
    for (const suffix of ['', '-wal', '-shm']) {
      const from = this.databaseFile + suffix;
      if (fs.existsSync(from)) fs.renameSync(from, keptFile + suffix);
    }
    // An encrypted file keeps its marker beside it; the fresh workspace is not encrypted.
    if (fs.existsSync(markerFile(this.dataDir))) fs.renameSync(markerFile(this.dataDir), `${keptFile}.${MARKER_FILE}`);
    this.options = { ...this.options, key: null };
    const fresh = await Workspace.open(this.options);
    this.database = fresh.database;
    this.currentStatus = fresh.currentStatus;
    return { keptFile };
  }

  /** Closes the database and opens the file again in place (after a restore replaced it). */
  async reopen(): Promise<void> {
    this.close();
    const again = await Workspace.open(this.options);
    this.database = again.database;
    this.currentStatus = again.currentStatus;
  }

  close(): void {
    if (this.database?.open) this.database.close();
    this.database = null;
  }
}

/**
 * The key to open `file` with: the one given, derived as the marker says,
 * when the workspace is encrypted; else none. A marker left beside a plain
 * file is stale and removed.
 */
async function keyFor(options: WorkspaceOptions, file: string): Promise<DatabaseKey | null> {
  removeLeftoverCopies(options.dataDir, file);
  if (protectionOf(options.dataDir, file) === 'encrypted') return options.key ? workspaceKey(options.dataDir, file, options.key) : null;
  removeMarker(options.dataDir);
  return null;
}

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/**
 * An existing file is first inspected through a read-only connection, so a
 * file we refuse (not a database, damaged, from a newer version) is never
 * written to, not even the WAL flag in its header.
 */
function inspectExisting(file: string, migrations: readonly Migration[], nativeBinding?: string, key?: DatabaseKey | null): void {
  const db = openDatabase(file, { readonly: true, nativeBinding, key });
  try {
    const problems = quickCheck(db);
    if (problems.length > 0) {
      throw new WorkspaceProblem('damaged', `SQLite found damage in the database: ${problems.slice(0, 3).join('; ')}`);
    }
    if (schemaVersion(db) === 0 && hasTables(db)) {
      throw new WorkspaceProblem('not_a_database', 'The file is an SQLite database, but not a Letterdesk workspace.');
    }
    pendingMigrations(db, migrations); // throws NewerSchemaError
  } finally {
    db.close();
  }
}

async function openAndMigrate(file: string, backupsDir: string, options: WorkspaceOptions): Promise<Db> {
  const migrations = options.migrations ?? MIGRATIONS;
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  let db: Db | null = null;
  try {
    if (protectionOf(options.dataDir, file) === 'encrypted') {
      if (!options.key) throw new WorkspaceProblem('locked', 'This workspace is protected with a passphrase.');
      // No database file, but encrypted backups: the passphrase must open them, and the new file is encrypted too.
      if (!existed && keyOpensABackup(options.dataDir, options.key, options.nativeBinding) === false) throw new WrongKeyError();
    }
    if (existed) inspectExisting(file, migrations, options.nativeBinding, options.key);
    // Before SQLite opens it: the -wal and -shm it creates take the file's mode.
    preparePrivateFile(file);
    db = openDatabase(file, { nativeBinding: options.nativeBinding, key: options.key });
    if (existed && schemaVersion(db) > 0 && pendingMigrations(db, migrations).length > 0) {
      // Before changing the schema of real data, keep a copy of it as it was.
      await backupDatabase(db, backupsDir, `pre-migration-v${schemaVersion(db)}`);
    }
    migrate(db, migrations);
    prepareForQueries(db);
    loadExamplesOnFirstRun(db);
    return db;
  } catch (error) {
    db?.close();
    throw classify(error, options);
  }
}

function classify(error: unknown, options: WorkspaceOptions): unknown {
  if (error instanceof WorkspaceProblem) return error;
  if (error instanceof NewerSchemaError) return new WorkspaceProblem('newer_version', error.message);
  if (error instanceof WrongKeyError) {
    // SQLite cannot tell a wrong passphrase from a damaged first page; the backups can.
    if (options.key && keyOpensABackup(options.dataDir, options.key, options.nativeBinding)) {
      return new WorkspaceProblem('damaged', 'The passphrase is right (it opens the backups), but the encrypted database file is damaged.');
    }
    return new WorkspaceProblem('locked', 'The passphrase is not right.');
  }
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB' && options.key) return new WorkspaceProblem('damaged', 'The encrypted database is damaged (SQLITE_NOTADB past its first page).');
  if (code === 'SQLITE_NOTADB') return new WorkspaceProblem('not_a_database', 'The file is not an SQLite database.');
  if (code.startsWith('SQLITE_CORRUPT')) return new WorkspaceProblem('damaged', `SQLite reports the database is damaged (${code}).`);
  return error;
}

/**
 * A damaged file may still be readable where the user needs it: open it
 * read-only (SQLite refuses every write on such a connection) when its schema
 * is the current one and every table can be read to the end. Anything
 * less, and the user gets the problem screen alone.
 */
function openDamagedReadOnly(file: string, options: WorkspaceOptions): Db | null {
  let db: Db | null = null;
  try {
    db = openDatabase(file, { readonly: true, nativeBinding: options.nativeBinding, key: options.key });
    if (pendingMigrations(db, options.migrations ?? MIGRATIONS).length > 0) throw new Error('not the current schema');
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
    for (const table of tables) {
      // Reading every column of every row walks every page of the table.
      for (const row of db.prepare(`SELECT * FROM "${table}"`).iterate()) void row;
    }
    prepareForQueries(db);
    return db;
  } catch {
    db?.close();
    return null;
  }
}

function hasTables(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/** What every connection the app queries needs beyond the file: the SQL functions and the temp country names. */
function prepareForQueries(db: Db): void {
  createCountryNames(db);
  registerFunctions(db);
}

/** SQL functions that apply rules written once in shared/. */
function registerFunctions(db: Db): void {
  db.function('needs_verification', { deterministic: false }, (verifiedOn: unknown) =>
    needsVerification(typeof verifiedOn === 'string' ? verifiedOn : null, new Date()) ? 1 : 0,
  );
}

/**
 * A temporary (per-connection, never written to the file) table of country
 * names, so recipients can be sorted by country name in any letter language.
 */
function createCountryNames(db: Db): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS country_names (code TEXT NOT NULL, language TEXT NOT NULL, name_key TEXT NOT NULL, PRIMARY KEY (code, language))');
  const insert = db.prepare('INSERT OR REPLACE INTO temp.country_names (code, language, name_key) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const country of listCountries()) {
      for (const lang of LANGUAGES) insert.run(country.code, lang, foldForSearch(country.names[lang]));
    }
  })();
}
