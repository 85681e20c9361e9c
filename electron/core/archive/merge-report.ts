import type { MergeNote, MergeNoteKind, MergeReport, TableCounts } from '../../../shared/archive/schemas';

/** The most notes a report carries; the counts always cover every row. */
export const MAX_REPORT_NOTES = 500;

type Counts = Omit<TableCounts, 'table'>;
const zero = (): Counts => ({ added: 0, updated: 0, keptLocal: 0, unchanged: 0, conflicts: 0 });

const day = (iso: string | null) => (iso ?? '').slice(0, 10);
/** Conflicts first: they are what a person has to look at. */
const ORDER: Record<MergeNoteKind, number> = { bothChanged: 0, clash: 0, differs: 0, missingParent: 0, unlinked: 1, theirsOlder: 2 };

export interface NoteInput {
  kind: MergeNoteKind;
  table: string;
  id: string;
  noun: string;
  label: string;
  localUpdatedAt?: string | null;
  theirUpdatedAt?: string | null;
  /** clash: the columns whose value is taken; missingParent/unlinked: what was not imported. */
  detail?: string;
}

export function describeNote(n: NoteInput): string {
  const what = `${n.noun} ${n.label}`;
  switch (n.kind) {
    case 'theirsOlder':
      return `${what}: kept yours from ${day(n.localUpdatedAt ?? null)}; theirs was older (${day(n.theirUpdatedAt ?? null)})`;
    case 'bothChanged':
      return `${what}: both changed at the same time (${day(n.localUpdatedAt ?? null)}) with different content; kept yours`;
    case 'clash':
      return `${what}: not imported; its ${n.detail ?? 'value'} is already used by another of yours`;
    case 'missingParent':
      return `${what}: not imported, because the ${n.detail ?? 'row'} it belongs to was not imported`;
    case 'unlinked':
      return `${what}: imported without its link to a ${n.detail ?? 'row'} that was not imported`;
    case 'differs':
      return `${what}: yours and theirs have the same id but different content; kept yours`;
  }
}

/** Counts per table and notes, in the order tables were merged. */
export class ReportBuilder {
  private readonly counts = new Map<string, Counts>();
  private readonly notes: MergeNote[] = [];

  constructor(tables: readonly string[]) {
    for (const table of tables) this.counts.set(table, zero());
  }

  count(table: string, outcome: keyof Counts, by = 1): void {
    const counts = this.counts.get(table) ?? zero();
    counts[outcome] += by;
    this.counts.set(table, counts);
  }

  note(input: NoteInput): void {
    this.notes.push({
      kind: input.kind,
      table: input.table,
      id: input.id,
      label: input.label,
      localUpdatedAt: input.localUpdatedAt ?? null,
      theirUpdatedAt: input.theirUpdatedAt ?? null,
      description: describeNote(input),
    });
  }

  build(): MergeReport {
    const tables = [...this.counts].map(([table, c]) => ({ table, ...c }));
    const totals = zero();
    for (const t of tables) for (const key of Object.keys(totals) as (keyof Counts)[]) totals[key] += t[key];
    const sorted = this.notes.map((note, i) => ({ note, i })).sort((a, b) => ORDER[a.note.kind] - ORDER[b.note.kind] || a.i - b.i);
    return {
      tables,
      notes: sorted.slice(0, MAX_REPORT_NOTES).map((s) => s.note),
      notesLeftOut: Math.max(0, sorted.length - MAX_REPORT_NOTES),
      totals,
    };
  }
}
