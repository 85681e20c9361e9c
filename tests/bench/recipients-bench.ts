import type { Db } from '../../electron/core/db/database';
import { newId, nowIso } from '../../electron/core/db/ids';
import { columnValues, INSERT_RECIPIENT_SQL, SELECT_RECIPIENT, toRecipient, type RecipientRow } from '../../electron/core/recipients/recipient-rows';
import { countrySearchExtras } from '../../electron/core/recipients/recipient-rules';
import { listRecipients, toFtsQuery } from '../../electron/core/recipients/recipients-query';
import { writeRecipients } from '../../electron/core/recipients/recipients-repo';
import { Workspace } from '../../electron/core/workspace/workspace';
import { BROAD_SEARCHES, fakeRecipients, NAME_SEARCHES, prng } from './fake-recipients';

/*
 * The recipients store at 100,000 rows: the insert and the searches, each
 * next to a baseline measured in the same run, so a figure taken on a busy
 * machine can still be read. Each figure is given in wall time (the target)
 * and in this process's CPU time, which other processes inflate far less.
 */

type Report = (name: string, value: number, unit: string, target?: string) => void;

const ROWS = 100_000;

interface Timed {
  wallMs: number;
  cpuMs: number;
}

function timed(work: () => unknown): Timed {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Baseline for the insert: the same rows into a table with the same columns
 * and nothing else (no indexes, tags or search rows), in the same file and
 * transaction mode. It measures the machine, not the store.
 */
function insertIntoPlainTable(db: Db, rows: ReturnType<typeof fakeRecipients>): Timed {
  db.exec('CREATE TABLE bench_plain_recipients AS SELECT * FROM recipients WHERE 0');
  const insert = db.prepare(INSERT_RECIPIENT_SQL.replace('INTO recipients', 'INTO bench_plain_recipients'));
  try {
    return timed(() =>
      db.transaction(() => {
        const at = nowIso();
        for (const fields of rows) insert.run(newId(), ...columnValues(fields), at, at);
      })(),
    );
  } finally {
    db.exec('DROP TABLE bench_plain_recipients');
  }
}

/**
 * Baseline for a search: the count and the first page found by sorting every
 * match on keys, the path every search took before the index window.
 */
function searchBySortingEveryMatch(db: Db, typed: string): number {
  const fts = toFtsQuery(typed);
  const total = db.prepare('SELECT count(*) FROM recipients_fts WHERE recipients_fts MATCH ?').pluck().get(fts) as number;
  const seqs = db
    .prepare(
      'SELECT r.seq FROM recipients r WHERE r.seq IN (SELECT rowid FROM recipients_fts WHERE recipients_fts MATCH ?) ORDER BY r.name_key, r.id LIMIT 100',
    )
    .pluck()
    .all(fts);
  const rows = db.prepare(`${SELECT_RECIPIENT} WHERE r.seq IN (SELECT value FROM json_each(?))`).all(JSON.stringify(seqs)) as RecipientRow[];
  const today = new Date();
  rows.forEach((row) => toRecipient(row, today));
  return total;
}

interface SearchSample {
  share: number;
  store: Timed;
  baseline: Timed;
}

/** As typed, keystroke by keystroke from the third letter: the count and the first page, by name. */
function sampleSearches(db: Db, terms: readonly string[], rand: () => number): SearchSample[] {
  const samples: SearchSample[] = [];
  for (let i = 0; i < 400; i++) {
    const term = terms[Math.floor(rand() * terms.length)];
    const typed = term.slice(0, Math.max(3, Math.ceil(rand() * term.length)));
    let total = 0;
    const run = () => (total = listRecipients(db, { search: typed, sortBy: 'name', sortDir: 'asc', language: 'en', offset: 0, limit: 100 }).total);
    const runBaseline = () => searchBySortingEveryMatch(db, typed);
    // Taken in turn first, so both see the same load on average.
    let store: Timed;
    let baseline: Timed;
    if (i % 2) {
      store = timed(run);
      baseline = timed(runBaseline);
    } else {
      baseline = timed(runBaseline);
      store = timed(run);
    }
    samples.push({ share: total / ROWS, store, baseline });
  }
  return samples;
}

function reportSearches(report: Report, name: string, samples: SearchSample[], target?: string): void {
  if (samples.length === 0) return;
  report(
    `${name}_p50`,
    percentile(
      samples.map((s) => s.store.wallMs),
      50,
    ),
    'ms',
  );
  report(
    `${name}_p95`,
    percentile(
      samples.map((s) => s.store.wallMs),
      95,
    ),
    'ms',
    target,
  );
  report(
    `${name}_p95_cpu`,
    percentile(
      samples.map((s) => s.store.cpuMs),
      95,
    ),
    'ms',
  );
  report(
    `${name}_sort_every_match_baseline_p95`,
    percentile(
      samples.map((s) => s.baseline.wallMs),
      95,
    ),
    'ms',
  );
  report(
    `${name}_sort_every_match_baseline_p95_cpu`,
    percentile(
      samples.map((s) => s.baseline.cpuMs),
      95,
    ),
    'ms',
  );
}

export async function benchRecipientsStore(dir: string, report: Report): Promise<void> {
  const ws = await Workspace.open({ dataDir: dir });
  try {
    const db = ws.db();
    const rows = fakeRecipients(ROWS);
    const insert = timed(() => writeRecipients(db, { create: rows }, countrySearchExtras, 'bench'));
    const plain = insertIntoPlainTable(db, rows);
    report('insert_100k_recipients', insert.wallMs, 'ms', '< 3000 ms');
    report('insert_100k_recipients_cpu', insert.cpuMs, 'ms');
    report('insert_100k_plain_table_baseline', plain.wallMs, 'ms');
    report('insert_100k_plain_table_baseline_cpu', plain.cpuMs, 'ms');

    const rand = prng(7);
    reportSearches(report, 'search_100k_names', sampleSearches(db, NAME_SEARCHES, rand), '< 10 ms');
    const broad = sampleSearches(db, BROAD_SEARCHES, rand);
    reportSearches(report, 'search_100k_broad_terms', broad, '< 10 ms');
    // The figure: broad words that match 5-15 % of rows (the list's prefixes also reach 43 %).
    reportSearches(
      report,
      'search_100k_broad_5_to_15_percent',
      broad.filter((s) => s.share >= 0.05 && s.share <= 0.15),
      '< 10 ms',
    );

    const page = timed(() => listRecipients(db, { search: '', sortBy: 'country', sortDir: 'asc', language: 'es', offset: 50_000, limit: 100 }));
    report('list_100k_sort_by_country_deep_page', page.wallMs, 'ms');
  } finally {
    ws.close();
  }
}
