import { addDays } from './dates';

/*
 * The "Due" view: open follow-ups by when they fall due. Overdue is before
 * today; this week is the seven days after today (tomorrow to today + 7).
 * Later ones are counted but not listed. The navigation badge counts what
 * needs doing now: overdue plus today.
 */

export interface DueCounts {
  overdue: number;
  today: number;
  thisWeek: number;
  later: number;
  badge: number;
}

export interface DueBuckets<T> {
  overdue: T[];
  today: T[];
  thisWeek: T[];
  counts: DueCounts;
}

export function bucketDue<T extends { dueOn: string }>(items: readonly T[], today: string): DueBuckets<T> {
  const weekEnd = addDays(today, 7);
  const out: DueBuckets<T> = { overdue: [], today: [], thisWeek: [], counts: { overdue: 0, today: 0, thisWeek: 0, later: 0, badge: 0 } };
  let later = 0;
  for (const item of items) {
    if (item.dueOn < today) out.overdue.push(item);
    else if (item.dueOn === today) out.today.push(item);
    else if (item.dueOn <= weekEnd) out.thisWeek.push(item);
    else later++;
  }
  out.overdue = byDueOn(out.overdue);
  out.thisWeek = byDueOn(out.thisWeek);
  out.counts = { overdue: out.overdue.length, today: out.today.length, thisWeek: out.thisWeek.length, later, badge: out.overdue.length + out.today.length };
  return out;
}

/**
 * Sorted by due date, keeping the given order within a day (a stable sort):
 * the items are grouped by day and only the days are sorted, a few hundred
 * at most where a Due list can hold thousands of items.
 */
function byDueOn<T extends { dueOn: string }>(items: readonly T[]): T[] {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const list = days.get(item.dueOn);
    if (list) list.push(item);
    else days.set(item.dueOn, [item]);
  }
  return [...days.keys()].sort().flatMap((day) => days.get(day)!);
}
