import type { Statement } from '../db/database';
import type { MergeReport } from '../../../shared/archive/schemas';
import { logActivity } from '../db/activity-log';
import type { Db } from '../db/database';
import { newId } from '../db/ids';
import { reindexRecipient, type SearchExtras } from '../recipients/recipients-repo';
import { ReportBuilder } from './merge-report';
import { TABLE_RULES, type Lookup, type Row, type TableRule } from './merge-rules';
import { dataTables } from './snapshot-schema';

/*
 * Merges a checked snapshot (same schema version) into the live database,
 * table by table in foreign-key order, in one transaction:
 *
 * - a new id is inserted;
 * - the same row in both: the newer updated_at wins; the same updated_at
 *   with other content is a conflict (yours kept); theirs older keeps yours;
 * - append-only tables are a union by id;
 * - a value that must be unique (a draft's reference) already taken by
 *   another of your rows: theirs is not imported, and rows that need it are
 *   not either (or lose only an optional link to it). All reported.
 *
 * Nothing is ever deleted from yours, except the tag and campaign-member
 * sets of a row whose newer version comes from the archive.
 */

export interface MergeOptions {
  /** Compute the report, then roll everything back. */
  dryRun: boolean;
  /** The activity-log line for the merge. */
  summary: string;
  /** Search words for recipients (the country's names). */
  extras: SearchExtras;
}

const PAGE = 500;

interface TableInfo {
  columns: string[];
  notNull: Set<string>;
  fks: { column: string; parent: string }[];
  /** Unique column sets other than the id. */
  uniques: string[][];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

function tableInfo(db: Db, table: string): TableInfo {
  const cols = db.prepare(`PRAGMA table_info(${q(table)})`).all() as { name: string; notnull: number }[];
  const fks = db.prepare(`PRAGMA foreign_key_list(${q(table)})`).all() as { table: string; from: string; to: string }[];
  const indexes = db.prepare(`PRAGMA index_list(${q(table)})`).all() as { name: string; unique: number }[];
  const uniques = indexes
    .filter((i) => i.unique === 1)
    .map((i) => (db.prepare(`PRAGMA index_info(${q(i.name)})`).all() as { name: string }[]).map((c) => c.name))
    .filter((set) => !(set.length === 1 && set[0] === 'id'));
  return {
    columns: cols.map((c) => c.name),
    notNull: new Set(cols.filter((c) => c.notnull === 1).map((c) => c.name)),
    fks: fks.map((f) => ({ column: f.from, parent: f.table })),
    uniques,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return a === b;
}

/** -1, 0 or 1: ISO 8601 times, compared as instants (string order when unreadable). */
function compareTimes(theirs: unknown, ours: unknown): number {
  const a = String(theirs ?? '');
  const b = String(ours ?? '');
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta < tb ? -1 : 1;
  if (!Number.isNaN(ta) && !Number.isNaN(tb)) return 0;
  return a === b ? 0 : a < b ? -1 : 1;
}

class RolledBack extends Error {}

/** Checks that the rules cover every table and follow foreign-key order. */
export function checkRules(db: Db): void {
  const known = new Set(TABLE_RULES.map((r) => r.table));
  const missing = dataTables(db).filter((t) => !known.has(t));
  if (missing.length > 0) throw new Error(`No merge rule for table(s) ${missing.join(', ')}: add them to electron/core/archive/merge-rules.ts`);
  TABLE_RULES.forEach((rule, i) => {
    for (const { parent } of tableInfo(db, rule.table).fks) {
      const at = TABLE_RULES.findIndex((r) => r.table === parent);
      if (parent !== rule.table && at > i) throw new Error(`Merge rule for ${rule.table} comes before ${parent}, which it points at`);
    }
  });
}

export function mergeSnapshot(db: Db, snapshot: Db, options: MergeOptions): MergeReport {
  checkRules(db);
  const run = () => new Merge(db, snapshot, options).run();
  if (!options.dryRun) return db.transaction(run)();
  let report: MergeReport | undefined;
  try {
    db.transaction(() => {
      report = run();
      throw new RolledBack();
    })();
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return report!;
}

type Outcome = 'added' | 'updated' | 'keptLocal' | 'unchanged' | 'conflicts';

class Merge {
  private readonly report = new ReportBuilder(TABLE_RULES.map((r) => r.table));
  private readonly info = new Map<string, TableInfo>();
  /** table → their id → our id, for rows matched under another id. */
  private readonly idMap = new Map<string, Map<string, string>>();
  /** table → their ids not imported. */
  private readonly dropped = new Map<string, Set<string>>();
  private readonly statements = new Map<string, Statement>();
  readonly lookup: Lookup = (table, id) => (id === null || id === undefined ? undefined : (this.theirs(table).get(id) as Row | undefined));

  constructor(
    private readonly db: Db,
    private readonly snapshot: Db,
    private readonly options: MergeOptions,
  ) {}

  run(): MergeReport {
    for (const rule of TABLE_RULES) {
      const info = tableInfo(this.db, rule.table);
      const theirColumns = tableInfo(this.snapshot, rule.table).columns;
      if (theirColumns.join(',') !== info.columns.join(',')) throw new Error(`The archive's ${rule.table} table has other columns than this workspace's`);
      this.info.set(rule.table, info);
    }
    // Links are checked once, at the end: a row may point at one of its own table written later.
    this.db.pragma('defer_foreign_keys = ON');
    for (const rule of TABLE_RULES) if (!rule.ownedBy) this.mergeTable(rule);
    const broken = this.db.prepare('PRAGMA foreign_key_check').all() as { table: string }[];
    if (broken.length > 0) throw new Error(`${broken.length} merged rows would point at rows that are not there (first in ${broken[0].table})`);
    const report = this.report.build();
    const t = report.totals;
    logActivity(this.db, {
      action: 'workspace',
      entityType: 'archive',
      entityId: null,
      summary: `${this.options.summary}: ${t.added} added, ${t.updated} updated, ${t.keptLocal} kept (theirs older), ${t.conflicts} conflicts`,
    });
    return report;
  }

  private stmt(key: string, sql: string, on: Db = this.db): Statement {
    const k = `${on === this.db ? 'L' : 'S'}|${key}`;
    let s = this.statements.get(k);
    if (!s) {
      s = on.prepare(sql);
      this.statements.set(k, s);
    }
    return s;
  }

  private theirs(table: string): Statement {
    return this.stmt(`byId ${table}`, `SELECT * FROM ${q(table)} WHERE id = ?`, this.snapshot);
  }

  private ours(table: string): Statement {
    return this.stmt(`byId ${table}`, `SELECT * FROM ${q(table)} WHERE id = ?`);
  }

  private drop(table: string, id: string): void {
    let set = this.dropped.get(table);
    if (!set) this.dropped.set(table, (set = new Set()));
    set.add(id);
  }

  private mapId(table: string, theirId: string, ourId: string): void {
    let map = this.idMap.get(table);
    if (!map) this.idMap.set(table, (map = new Map()));
    map.set(theirId, ourId);
  }

  private nounOf(table: string): string {
    return (TABLE_RULES.find((r) => r.table === table)?.noun ?? table).toLowerCase();
  }

  /** Their rows, a page at a time (attachments can be large), in the order they were written. */
  private *rowsOf(table: string, where = '', param?: unknown): Generator<Row> {
    let after = -Infinity;
    const sql = `SELECT rowid AS __rowid, * FROM ${q(table)} WHERE rowid > ? ${where ? `AND ${where}` : ''} ORDER BY rowid LIMIT ${PAGE}`;
    const page = this.stmt(`page ${table} ${where}`, sql, this.snapshot);
    for (;;) {
      const rows = (where ? page.all(after, param) : page.all(after)) as Row[];
      for (const row of rows) {
        after = row.__rowid as number;
        delete row.__rowid;
        delete row.seq;
        yield row;
      }
      if (rows.length < PAGE) return;
    }
  }

  /**
   * Points their foreign keys at our rows. Returns the parent table whose
   * row was not imported when a required link is lost, and fills `unlinked`
   * with optional links that were dropped.
   */
  private remap(table: string, row: Row, unlinked: string[], except?: string): string | null {
    for (const { column, parent } of this.info.get(table)!.fks) {
      if (column === except) continue;
      const value = row[column];
      if (value === null || value === undefined) continue;
      if (this.dropped.get(parent)?.has(String(value))) {
        if (this.info.get(table)!.notNull.has(column)) return parent;
        row[column] = null;
        unlinked.push(parent);
        continue;
      }
      const mapped = this.idMap.get(parent)?.get(String(value));
      if (mapped) row[column] = mapped;
    }
    return null;
  }

  /** Another of our rows holding a value of `row` that must be unique. */
  private clash(table: string, row: Row, exceptId: string | null): string[] | null {
    for (const set of this.info.get(table)!.uniques) {
      if (set.some((c) => row[c] === null || row[c] === undefined)) continue;
      const sql = `SELECT 1 FROM ${q(table)} WHERE ${set.map((c) => `${q(c)} = ?`).join(' AND ')} AND id IS NOT ?`;
      if (this.stmt(`unique ${table} ${set.join(',')}`, sql).get(...set.map((c) => row[c]), exceptId)) return set;
    }
    return null;
  }

  private findOurs(rule: TableRule, row: Row): Row | undefined {
    const byId = this.ours(rule.table).get(row.id) as Row | undefined;
    if (byId) return byId;
    for (const set of rule.sameRowWhen ?? []) {
      if (set.some((c) => row[c] === null || row[c] === undefined)) continue;
      const sql = `SELECT * FROM ${q(rule.table)} WHERE ${set.map((c) => `${q(c)} = ?`).join(' AND ')}`;
      const found = this.stmt(`same ${rule.table} ${set.join(',')}`, sql).get(...set.map((c) => row[c])) as Row | undefined;
      if (found) return found;
    }
    return undefined;
  }

  private sameContent(table: string, theirs: Row, ours: Row): boolean {
    return this.info.get(table)!.columns.every((c) => c === 'seq' || c === 'id' || sameValue(theirs[c], ours[c]));
  }

  private insert(table: string, row: Row): void {
    const cols = this.info.get(table)!.columns.filter((c) => c !== 'seq');
    const sql = `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    this.stmt(`insert ${table}`, sql).run(...cols.map((c) => row[c] ?? null));
  }

  private update(table: string, row: Row, ourId: string): void {
    const cols = this.info.get(table)!.columns.filter((c) => c !== 'seq' && c !== 'id');
    const sql = `UPDATE ${q(table)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE id = ?`;
    this.stmt(`update ${table}`, sql).run(...cols.map((c) => row[c] ?? null), ourId);
  }

  private mergeTable(rule: TableRule): void {
    const { table, noun } = rule;
    for (const row of this.rowsOf(table)) {
      const theirId = String(row.id);
      const label = rule.label(row, this.lookup);
      const note = (kind: Parameters<ReportBuilder['note']>[0]['kind'], extra: { detail?: string; ours?: Row } = {}) =>
        this.report.note({
          kind,
          table,
          id: theirId,
          noun,
          label: extra.ours && kind !== 'clash' ? rule.label(extra.ours, this.lookup) : label,
          theirUpdatedAt: String(row.updated_at ?? ''),
          localUpdatedAt: extra.ours ? String(extra.ours.updated_at ?? '') : null,
          detail: extra.detail,
        });

      const unlinked: string[] = [];
      const missingParent = this.remap(table, row, unlinked);
      if (missingParent) {
        this.drop(table, theirId);
        this.report.count(table, 'conflicts');
        note('missingParent', { detail: this.nounOf(missingParent) });
        continue;
      }
      const ours = this.findOurs(rule, row);
      if (ours && ours.id !== theirId) this.mapId(table, theirId, String(ours.id));

      let outcome: Outcome;
      if (!ours) {
        const clash = this.clash(table, row, null);
        if (clash) {
          this.drop(table, theirId);
          outcome = 'conflicts';
          note('clash', { detail: clash.join(' and ').replace(/_/g, ' ') });
        } else {
          this.insert(table, row);
          outcome = 'added';
        }
      } else if (rule.appendOnly) {
        outcome = this.sameContent(table, row, ours) ? 'unchanged' : 'conflicts';
        if (outcome === 'conflicts') note('differs', { ours });
      } else {
        const order = compareTimes(row.updated_at, ours.updated_at);
        if (order > 0) {
          const clash = this.clash(table, row, String(ours.id));
          if (clash) {
            outcome = 'conflicts';
            note('clash', { detail: clash.join(' and ').replace(/_/g, ' '), ours });
          } else {
            this.update(table, row, String(ours.id));
            outcome = 'updated';
          }
        } else if (order < 0) {
          outcome = 'keptLocal';
          note('theirsOlder', { ours });
        } else if (this.sameContent(table, row, ours)) {
          outcome = 'unchanged';
        } else {
          outcome = 'conflicts';
          note('bothChanged', { ours });
        }
      }
      this.report.count(table, outcome);
      if (outcome === 'added' || outcome === 'updated') {
        for (const parent of unlinked) note('unlinked', { detail: this.nounOf(parent) });
      }
      const ourId = ours ? String(ours.id) : theirId;
      this.mergeOwned(rule, theirId, ourId, outcome);
      if (table === 'recipients' && (outcome === 'added' || outcome === 'updated')) reindexRecipient(this.db, ourId, this.options.extras);
    }
  }

  /** Tag and member sets follow their parent: replaced when theirs won, else left as ours. */
  private mergeOwned(parent: TableRule, theirParentId: string, ourParentId: string, outcome: Outcome): void {
    for (const rule of TABLE_RULES) {
      if (rule.ownedBy?.table !== parent.table) continue;
      const { table } = rule;
      const column = rule.ownedBy.column;
      if (outcome !== 'added' && outcome !== 'updated') {
        const n = this.stmt(`count ${table}`, `SELECT count(*) FROM ${q(table)} WHERE ${q(column)} = ?`, this.snapshot)
          .pluck()
          .get(theirParentId) as number;
        this.report.count(table, outcome, n);
        continue;
      }
      if (outcome === 'updated') this.stmt(`clear ${table}`, `DELETE FROM ${q(table)} WHERE ${q(column)} = ?`).run(ourParentId);
      for (const row of [...this.rowsOf(table, `${q(column)} = ?`, theirParentId)]) {
        const unlinked: string[] = [];
        row[column] = ourParentId;
        const missing = this.remap(table, row, unlinked, column);
        const label = rule.label(row, this.lookup);
        if (missing) {
          this.report.count(table, 'conflicts');
          this.report.note({ kind: 'missingParent', table, id: String(row.id), noun: rule.noun, label, detail: this.nounOf(missing) });
          continue;
        }
        // These rows get new ids on every save; ours may already use this one.
        if (this.ours(table).get(row.id)) row.id = newId();
        if (this.clash(table, row, null)) {
          this.report.count(table, 'conflicts');
          continue;
        }
        this.insert(table, row);
        this.report.count(table, outcome);
      }
    }
  }
}
