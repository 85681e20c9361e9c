/*
 * The day a letter went out, as a chaser quotes it ("Further to our letter
 * of 3 March 2026"): the first sending, delivery or acknowledgement still in
 * force, else the first export still in force. Read from the append-only log
 * each time, so correcting the sending date also corrects every chaser that
 * quotes it. SQL expressions over a draft aliased `o`.
 */

/** The earliest day of an event in force (not corrected, not undone, not itself an undo) of the given kinds, for the draft `o`. */
const firstInForce = (kinds: string) => `(SELECT min(e.occurred_on) FROM contact_events e
    WHERE e.campaign_id = o.campaign_id AND e.recipient_id = o.recipient_id AND e.kind IN (${kinds}) AND e.retracts = 0
      AND NOT EXISTS (SELECT 1 FROM contact_events x WHERE x.supersedes_id = e.id))`;

export const ORIGINAL_SENT_ON = firstInForce("'sent', 'delivered', 'acknowledged'");
export const ORIGINAL_EXPORTED_ON = firstInForce("'exported'");
/** The date a chaser quotes; NULL when the letter was neither sent nor exported. */
export const ORIGINAL_DATE = `coalesce(${ORIGINAL_SENT_ON}, ${ORIGINAL_EXPORTED_ON})`;
