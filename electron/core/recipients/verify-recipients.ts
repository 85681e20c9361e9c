import type { Db } from '../db/database';
import { ApiFailure } from '../../../shared/api/errors';
import type { VerifyInput } from '../../../shared/recipients/contract';
import { todayIso } from '../../../shared/tracking/dates';
import { foldForSearch } from '../../../shared/text/fold';
import { logActivity } from '../db/activity-log';
import { nowIso } from '../db/ids';

/*
 * "Mark verified": many recipients' holders checked on one day, in one
 * transaction with its activity-log line. The date is the only column it
 * sets, and no search row carries it, so the rows are updated in place.
 */

export interface VerifyResult {
  verified: number;
  /** Entries matched that have no holder's name: left to verify, as there is no holder to check. */
  noHolder: number;
  date: string;
}

/** The recipients a verify names, as SQL over `recipients r`, and what the activity log calls them. */
function targetOf(input: VerifyInput): { sql: string; params: unknown[]; what: string } {
  if (input.ids) return { sql: 'r.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(input.ids)], what: 'selected recipients' };
  if (input.tag !== undefined) {
    return {
      sql: 'r.id IN (SELECT recipient_id FROM recipient_tags WHERE tag_key = ?)',
      params: [foldForSearch(input.tag)],
      what: `recipients tagged "${input.tag}"`,
    };
  }
  return { sql: '1', params: [], what: 'recipients' };
}

/**
 * Sets `verified_on` to `input.date` (today by default) on every matched
 * recipient with a holder's name. A date after `today` is refused.
 */
export function verifyRecipients(db: Db, input: VerifyInput, today: string = todayIso()): VerifyResult {
  const date = input.date ?? today;
  if (date > today) {
    throw new ApiFailure('invalid_input', `Please check the input: ${date} is in the future; a holder can only have been checked today or earlier.`, [
      { path: ['date'], code: 'date' },
    ]);
  }
  const target = targetOf(input);
  return db.transaction(() => {
    const noHolder = db
      .prepare(`SELECT count(*) FROM recipients r WHERE ${target.sql} AND r.name = ''`)
      .pluck()
      .get(...target.params) as number;
    const { changes } = db
      .prepare(`UPDATE recipients AS r SET verified_on = ?, updated_at = ? WHERE ${target.sql} AND r.name <> ''`)
      .run(date, nowIso(), ...target.params);
    if (changes > 0) {
      const without = noHolder > 0 ? `; ${noHolder} without a holder's name left to verify` : '';
      logActivity(db, {
        action: 'update',
        entityType: 'recipient',
        entityId: null,
        summary: `Marked ${changes} ${target.what} verified on ${date}${without}`,
      });
    }
    return { verified: changes, noHolder, date };
  })();
}
