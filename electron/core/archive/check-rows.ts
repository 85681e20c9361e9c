import type { Db } from '../db/database';
import { archiveFailure } from './archive-format';
import type { Row } from './merge-rules';
import { ROW_RULES, idProblems, type FieldProblem } from './row-rules';
import { dataTables } from './snapshot-schema';

/*
 * Every row of an archive, checked against the rules the API keeps
 * (row-rules.ts) before anything is merged: a row no Letterdesk would have
 * written (a `javascript:` link, a logo that is an SVG, a 4 MB name, a
 * country that does not exist) is refused here rather than failing later,
 * in the middle of an export. The refusal names a few rows (table, id,
 * column, why) and counts the rest; nothing is merged.
 */

export interface RowProblem extends FieldProblem {
  table: string;
  id: string;
}

/** Rows named in a refusal; the rest are counted. */
const NAMED_ROWS = 5;
/** Problems named per row. */
const NAMED_FIELDS = 3;
/** Rows read at a time: images and attachments are BLOBs of up to 50 MB. */
const PAGE = 50;

export interface RowCheck {
  /** The first rows that broke a rule, with their problems. */
  rows: { table: string; id: string; problems: FieldProblem[] }[];
  /** Every row that broke a rule. */
  badRows: number;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Checks every row of every data table of `db`; collects the first bad rows and counts them all. */
export async function checkRows(db: Db): Promise<RowCheck> {
  const result: RowCheck = { rows: [], badRows: 0 };
  for (const table of dataTables(db)) {
    const rule = ROW_RULES[table];
    const page = db.prepare(`SELECT rowid AS __rowid, * FROM ${q(table)} WHERE rowid > ? ORDER BY rowid LIMIT ${PAGE}`);
    let after = -Infinity;
    for (;;) {
      const rows = page.all(after) as Row[];
      for (const row of rows) {
        after = row.__rowid as number;
        const problems = [...idProblems(row), ...(rule ? await rule(row) : [])];
        if (problems.length === 0) continue;
        result.badRows += 1;
        if (result.rows.length < NAMED_ROWS) result.rows.push({ table, id: String(row.id).slice(0, 40), problems });
      }
      if (rows.length < PAGE) break;
    }
  }
  return result;
}

/** The lines naming one bad row: "recipients row 0190…, email: is not a valid email address". */
export function describeRow(row: RowCheck['rows'][number]): string {
  const shown = row.problems.slice(0, NAMED_FIELDS).map((p) => `${p.field}: ${p.reason}`);
  const more = row.problems.length > NAMED_FIELDS ? `; and ${row.problems.length - NAMED_FIELDS} more` : '';
  return `${row.table} row ${row.id}, ${shown.join('; ')}${more}`;
}

/** Refuses the snapshot when any of its rows breaks a rule; the message is a few lines, however many rows. */
export async function checkSnapshotRows(snapshot: Db): Promise<void> {
  const check = await checkRows(snapshot);
  if (check.badRows === 0) return;
  const rows = check.badRows === 1 ? '1 row breaks' : `${check.badRows.toLocaleString('en')} rows break`;
  const more = check.badRows - check.rows.length;
  throw archiveFailure(
    'badRows',
    [
      `This archive was refused: ${rows} the rules Letterdesk keeps for its data, so it was changed or not made by Letterdesk. Nothing was imported.`,
      ...check.rows.map((row) => `- ${describeRow(row)}`),
      ...(more > 0 ? [`- and ${more.toLocaleString('en')} more rows`] : []),
    ].join('\n'),
  );
}
