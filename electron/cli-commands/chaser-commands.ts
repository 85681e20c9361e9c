import { CommanderError } from 'commander';
import { createHandlers } from '../core/api-handlers';
import { findCampaign } from '../core/campaigns/campaigns-repo';
import { chaserTemplates } from '../core/campaigns/chasers';
import { dispatch } from '../core/dispatch';
import type { Db } from '../core/store/database';
import type { Workspace } from '../core/workspace';
import type { ChaserDraft, ChaserTemplate } from '../../shared/domain/chaser';
import { CliFailure, type RegisterCommands } from '../cli-context';

/*
 * letterdesk chaser --campaign C --recipient R [--template T]
 * letterdesk chaser --add-example
 *
 * Drafts a follow-up letter that quotes the original's date and reference,
 * through the same chasers.draft operation as "Draft a chaser" in the app.
 */

async function run<T>(workspace: Workspace, name: string, input: unknown): Promise<T> {
  const result = await dispatch(createHandlers(workspace), name, input);
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.data as T;
}

/** A recipient of the campaign, by id or by name (case-insensitive). */
function recipientInCampaign(db: Db, campaign: { id: string; name: string }, idOrName: string): string {
  const ids = db
    .prepare(
      `SELECT r.id FROM drafts d JOIN recipients r ON r.id = d.recipient_id
       WHERE d.campaign_id = ? AND (r.id = ? OR r.name = ? COLLATE NOCASE) ORDER BY r.id`,
    )
    .pluck()
    .all(campaign.id, idOrName.trim(), idOrName.trim()) as string[];
  if (ids.length === 1) return ids[0];
  if (ids.length === 0) throw new CliFailure(`no recipient "${idOrName}" in the campaign "${campaign.name}" (see "letterdesk status --campaign ${campaign.id}")`);
  throw new CliFailure(`several recipients of "${campaign.name}" are called "${idOrName}": use the id (${ids.join(', ')})`);
}

/** A chaser template by id or name (case-insensitive). */
function chaserTemplate(db: Db, idOrName: string): string {
  const templates = chaserTemplates(db);
  const found = templates.filter((t) => t.id === idOrName || t.name.toLowerCase() === idOrName.trim().toLowerCase());
  if (found.length === 1) return found[0].id;
  if (found.length > 1) throw new CliFailure(`several chaser templates are called "${idOrName}": use the id (${found.map((t) => t.id).join(', ')})`);
  const names = templates.map((t) => `"${t.name}"`).join(', ');
  throw new CliFailure(`no chaser template called "${idOrName}"${names ? `; chaser templates: ${names}` : '; add the example one with "letterdesk chaser --add-example"'}`);
}

export const registerChaserCommands: RegisterCommands = (program, ctx) => {
  program
    .command('chaser')
    .description('draft a follow-up letter (a chaser) quoting the date and reference of the letter a recipient has not answered')
    .option('--campaign <name-or-id>', 'the campaign of the original letter')
    .option('--recipient <id-or-name>', 'a recipient of that campaign')
    .option('--template <name-or-id>', 'a chaser template (default: the example chaser, else the first one)')
    .option('--campaign-name <text>', 'name of the follow-up campaign, if one is made (default: "Chaser: <campaign>")')
    .option('--add-example', 'add the example chaser template to the workspace, and do nothing else')
    .exitOverride()
    .action(async (opts: { campaign?: string; recipient?: string; template?: string; campaignName?: string; addExample?: boolean }) => {
      if (opts.addExample) {
        const template = await ctx.withWorkspace((ws) => run<ChaserTemplate>(ws, 'chasers.addExample', {}));
        ctx.print(template, `Chaser template "${template.name}" is in the workspace  [${template.id}]`);
        return;
      }
      if (opts.campaign === undefined || opts.recipient === undefined) {
        throw new CommanderError(2, 'letterdesk.usage', 'chaser needs --campaign and --recipient (or --add-example)');
      }
      const { campaign: campaignArg, recipient: recipientArg } = opts;
      const chaser = await ctx.withWorkspace(async (ws) => {
        const db = ws.db();
        const campaign = findCampaign(db, campaignArg);
        if (!campaign) throw new CliFailure(`no campaign called "${campaignArg}" (see "letterdesk campaigns list")`);
        return run<ChaserDraft & { created: boolean; campaignCreated: boolean }>(ws, 'chasers.draft', {
          campaignId: campaign.id,
          recipientId: recipientInCampaign(db, campaign, recipientArg),
          templateId: opts.template === undefined ? undefined : chaserTemplate(db, opts.template),
          campaignName: opts.campaignName,
        });
      });
      const what = chaser.created ? 'Drafted chaser' : 'A chaser was already drafted and not yet sent:';
      const where = chaser.campaignCreated ? `in the new campaign "${chaser.campaignName}"` : `in "${chaser.campaignName}"`;
      ctx.print(chaser, `${what} ${chaser.reference} ${where}  [draft ${chaser.draftId}]`);
    });
};
