import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Database } from '../../../electron/core/db/database';
import { Workspace, type WorkspaceOptions } from '../../../electron/core/workspace/workspace';
import { countrySearchExtras, withOfficeType } from '../../../electron/core/recipients/recipient-rules';
import type { Db } from '../../../electron/core/db/database';
import { createRecipient } from '../../../electron/core/recipients/recipients-repo';
import { recipientFieldsSchema } from '../../../shared/recipients/schemas';

/*
 * Kept apart from tests/helpers/temp-workspace.ts, which loads every API
 * handler: these tests need only the workspace and the store.
 */

/** Temp folders and workspaces made during a test, closed and removed after it. */
export function tempSpace(afterEach: (fn: () => void) => void) {
  const dirs: string[] = [];
  const workspaces: Workspace[] = [];
  afterEach(() => {
    for (const ws of workspaces.splice(0)) ws.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const dir = (): string => {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-backups-'));
    dirs.push(made);
    return made;
  };
  /** A real workspace (migrated by production code) holding recipients with these names. */
  const workspace = async (names: string[] = [], options: Partial<WorkspaceOptions> = {}): Promise<Workspace> => {
    const ws = await Workspace.open({ dataDir: options.dataDir ?? dir(), ...options });
    workspaces.push(ws);
    for (const name of names) addRecipient(ws.db(), name);
    return ws;
  };
  return { dir, workspace, track: (ws: Workspace) => workspaces.push(ws) };
}

/** Adds a recipient through the production repository. */
export function addRecipient(db: Db, name: string): void {
  const fields = withOfficeType(recipientFieldsSchema.parse({ countryCode: 'FR', office: 'Minister of Foreign Affairs', name }));
  createRecipient(db, fields, countrySearchExtras);
}

export function recipientNames(db: Db): string[] {
  return db.prepare('SELECT name FROM recipients ORDER BY name').pluck().all() as string[];
}

/** Overwrites the recipients table's root page with noise, as a bad disk sector would. */
export function damageRecipientsTable(file: string): void {
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'recipients'").pluck().get() as number;
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xee, (root - 1) * pageSize + 8, root * pageSize);
  fs.writeFileSync(file, bytes);
}

/** Files in a folder other than the workspace's own, e.g. leftovers of a failed step. */
export function strayFiles(dataDir: string): string[] {
  return fs.readdirSync(dataDir).filter((name) => !['letterdesk.db', 'letterdesk.db-wal', 'letterdesk.db-shm', 'backups'].includes(name));
}

export function backupNames(dataDir: string): string[] {
  const dir = path.join(dataDir, 'backups');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** A clock the test moves by hand. */
export function fakeClock(startIso: string) {
  let time = Date.parse(startIso);
  return {
    now: () => new Date(time),
    advance(ms: number) {
      time += ms;
    },
  };
}

/** setTimer/clearTimer that only run when the test says so. */
export function fakeTimers() {
  let nextId = 0;
  const pending = new Map<number, { run: () => void; ms: number }>();
  return {
    setTimer: (run: () => void, ms: number) => {
      pending.set(++nextId, { run, ms });
      return nextId;
    },
    clearTimer: (handle: unknown) => {
      pending.delete(handle as number);
    },
    delays: () => [...pending.values()].map((timer) => timer.ms),
    /** Runs every pending timer once. */
    fireAll() {
      const due = [...pending.values()];
      pending.clear();
      for (const timer of due) timer.run();
    },
  };
}
