import { ApiFailure } from '../../shared/api/errors';
import { CliFailure } from '../cli-context';
import { createHandlers } from '../core/api/create-handlers';
import { findCampaign } from '../core/campaigns/campaigns-repo';
import { dispatch } from '../core/api/dispatch';
import type { Db } from '../core/db/database';
import type { Workspace } from '../core/workspace/workspace';

/*
 * What several command groups need: an API call as the app makes it, core
 * failures turned into the CLI's one-line failure, and names resolved to ids.
 */

/** Runs one operation through dispatch, as the app does; a refusal becomes a CliFailure. */
export async function callApi<T>(workspace: Workspace, name: string, input: unknown): Promise<T> {
  const result = await dispatch(createHandlers(workspace), name, input);
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.data as T;
}

/** Core failures (ApiFailure) become the CLI's one-line failure; anything else stays as it is. */
export async function failingAsCli<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof ApiFailure ? new CliFailure(error.message) : error;
  }
}

/** A campaign by id or name, or a failure that says where to look. */
export function campaignOrFail(db: Db, nameOrId: string) {
  const campaign = findCampaign(db, nameOrId);
  if (!campaign) throw new CliFailure(`no campaign called "${nameOrId}" (see "letterdesk campaigns list")`);
  return campaign;
}

/** A recipient of the campaign, by id or by name (case-insensitive). */
export function recipientInCampaign(db: Db, campaign: { id: string; name: string }, idOrName: string): string {
  const ids = db
    .prepare(
      `SELECT r.id FROM drafts d JOIN recipients r ON r.id = d.recipient_id
       WHERE d.campaign_id = ? AND (r.id = ? OR r.name = ? COLLATE NOCASE) ORDER BY r.id`,
    )
    .pluck()
    .all(campaign.id, idOrName.trim(), idOrName.trim()) as string[];
  if (ids.length === 1) return ids[0];
  if (ids.length === 0)
    throw new CliFailure(`no recipient "${idOrName}" in the campaign "${campaign.name}" (see "letterdesk status --campaign ${campaign.id}")`);
  throw new CliFailure(`several recipients of "${campaign.name}" are called "${idOrName}": use the id (${ids.join(', ')})`);
}
