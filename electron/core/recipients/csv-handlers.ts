import type { HandlersFor } from '../api/handler-types';
import type { ImportResult } from '../../../shared/recipients/contract';
import { takeBackup } from '../backups';
import { recogniseOffice, type OfficeType } from '../../../shared/protocol';
import { exportRecipientsCsv, planImport, recipientLookup, type ExistingRecipientKeys, type ImportRow } from './csv';
import { changesOf, createdFields, updatedFields } from './import-updates';
import { readCsvImportIsolated } from '../isolation';
import { getRecipientsByIds, listRecipients } from './recipients-query';
import { writeRecipients } from './recipients-repo';
import type { Workspace } from '../workspace/workspace';
import { countrySearchExtras, toStoreFilter } from './recipient-rules';

/** How many rows of each kind the preview shows; the counts cover all. */
const PREVIEW_ROWS = 200;
/** How many changed names the preview lists, so each can be kept as written. */
const PREVIEW_NAMES = 2000;

/** The name changes of the rows to import, in file order. */
function nameChanges(...lists: readonly (readonly ImportRow[])[]) {
  const changes: ImportResult['names'] = [];
  let count = 0;
  for (const row of lists.flat()) {
    if (row.nameWritten === undefined) continue;
    count++;
    if (changes.length < PREVIEW_NAMES) {
      const kept = row.nameSuggested !== undefined;
      changes.push({ line: row.line, before: row.nameWritten, after: row.nameSuggested ?? row.fields.name, kept });
    }
  }
  return { names: changes.sort((a, b) => a.line - b.line), nameCount: count };
}

/** Maps one item at a time as the consumer asks, so 100,000 rows are never copied at once. */
function* mapLazily<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** The office type a row is stored with: given or chosen, else recognised from the title as the store does. */
function understoodAs(row: ImportRow): OfficeType {
  return row.fields.officeType ?? recogniseOffice(row.fields.office);
}

/** CSV import (preview, then all or nothing) and export. */
export function csvHandlers(workspace: Workspace): Pick<HandlersFor<'recipients'>, 'recipients.importCsv' | 'recipients.exportCsv'> {
  return {
    'recipients.importCsv': async ({ fileName, contentBase64, columns, choices, tags, commit }) => {
      const db = workspace.db();
      const officeTypes = new Map(Object.entries(choices.officeTypes).map(([line, type]) => [Number(line), type]));
      const countries = new Map(Object.entries(choices.countries).map(([line, code]) => [Number(line), code]));
      // Sets and Maps cross to the worker thread by structured clone.
      const read = await readCsvImportIsolated(
        { base64: contentBase64 },
        { columns, choices: { keepNames: new Set(choices.keepNames), keepAllNames: choices.keepAllNames, officeTypes, countries } },
      );
      // An import can change thousands of rows: keep the state before it. The
      // plan is made after the backup, so nothing can change between planning
      // and writing (both are synchronous from here on).
      if (commit) await takeBackup(workspace, 'pre-import');
      const existing = db
        .prepare('SELECT id, country_code AS countryCode, office, office_type AS officeType, name, email FROM recipients')
        .all() as ExistingRecipientKeys[];
      const plan = planImport(read, recipientLookup(existing));
      const holderAdded = plan.update.reduce((n, row) => n + (row.fillsHolder ? 1 : 0), 0);
      // The preview's updates show each change, old and new, against what is stored before the import.
      const shownUpdates = plan.update.slice(0, PREVIEW_ROWS);
      const stored = getRecipientsByIds(
        db,
        shownUpdates.map((row) => row.id),
      );

      if (commit && plan.counts.create + plan.counts.update > 0) {
        const current = getRecipientsByIds(
          db,
          plan.update.map((row) => row.id),
        );
        const holders = holderAdded > 0 ? `, ${holderAdded} holders added` : '';
        writeRecipients(
          db,
          {
            create: mapLazily(plan.create, (row) => createdFields(row, tags)),
            update: mapLazily(plan.update, (row) => ({ id: row.id, fields: updatedFields(current.get(row.id), row, tags) })),
          },
          countrySearchExtras,
          `Imported ${fileName}: ${plan.counts.create} created, ${plan.counts.update} updated${holders}, ${plan.counts.skip} skipped`,
        );
      }

      const preview = (row: ImportRow & { id?: string }) => ({
        line: row.line,
        countryCode: row.fields.countryCode,
        office: row.fields.office,
        name: row.fields.name,
        email: row.fields.email,
        officeType: understoodAs(row),
        officeTypeChosen: row.officeTypeChosen === true,
        ...(row.id ? { id: row.id } : {}),
      });
      const result: ImportResult = {
        fileName,
        encoding: read.encoding,
        delimiter: read.delimiter,
        warnings: read.warnings,
        headers: read.headers,
        columns: read.mapping.columns.map((c) => c ?? 'ignore'),
        total: read.total,
        counts: plan.counts,
        holderAdded,
        create: plan.create.slice(0, PREVIEW_ROWS).map(preview),
        update: shownUpdates.map((row) => {
          const before = stored.get(row.id);
          return { ...preview(row), fillsHolder: row.fillsHolder, changes: changesOf(before, updatedFields(before, row, tags)) };
        }),
        skip: plan.skip
          .slice(0, PREVIEW_ROWS * 5)
          .map(({ line, code, field, value, message }) => ({ line, code, message, ...(field ? { field } : {}), ...(value === undefined ? {} : { value }) })),
        ...nameChanges(plan.create, plan.update),
        committed: commit,
      };
      return result;
    },
    'recipients.exportCsv': (filter) => {
      const db = workspace.db();
      const all = listRecipients(db, { ...toStoreFilter(filter), sortBy: 'name', sortDir: 'asc', language: 'en', offset: 0, limit: Number.MAX_SAFE_INTEGER });
      const stamp = new Date().toISOString().slice(0, 10);
      return { fileName: `letterdesk-recipients-${stamp}.csv`, content: exportRecipientsCsv(all.rows), count: all.rows.length };
    },
  };
}
