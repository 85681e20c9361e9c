import type { Db } from '../db/database';

/*
 * Which campaigns list a signer or an endorser. campaign_signers and
 * campaign_endorsers RESTRICT deletes; checking first gives the user the
 * campaign names instead of a bare constraint error.
 */

const LINKS = {
  signer: { table: 'campaign_signers', column: 'signer_id' },
  endorser: { table: 'campaign_endorsers', column: 'endorser_id' },
} as const;

/** Names of the campaigns that list this signer or endorser, sorted. */
export function campaignsUsing(db: Db, kind: keyof typeof LINKS, id: string): string[] {
  const { table, column } = LINKS[kind];
  return db
    .prepare(`SELECT c.name FROM ${table} l JOIN campaigns c ON c.id = l.campaign_id WHERE l.${column} = ? ORDER BY c.name COLLATE NOCASE`)
    .pluck()
    .all(id) as string[];
}

/** "Spring appeal", or "Spring appeal", "EU letter" and 3 more. */
export function quoteNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}
