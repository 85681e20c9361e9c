import { CommanderError } from 'commander';
import { chaserTemplates } from '../core/campaigns/chasers';
import type { Db } from '../core/db/database';
import type { ChaserDraft, ChaserTemplate } from '../../shared/campaigns/chaser-schemas';
import { CliFailure, type RegisterCommands } from '../cli-context';
import { callApi, campaignOrFail, recipientInCampaign } from './cli-helpers';

/*
 * letterdesk chaser --campaign C --recipient R [--template T]
 * letterdesk chaser --add-example
 *
 * Drafts a follow-up letter that quotes the original's date and reference,
 * through the same chasers.draft operation as "Draft a chaser" in the app.
 */

/** A chaser template by id or name (case-insensitive). */
function chaserTemplate(db: Db, idOrName: string): string {
  const templates = chaserTemplates(db);
  const found = templates.filter((t) => t.id === idOrName || t.name.toLowerCase() === idOrName.trim().toLowerCase());
  if (found.length === 1) return found[0].id;
  if (found.length > 1) throw new CliFailure(`several chaser templates are called "${idOrName}": use the id (${found.map((t) => t.id).join(', ')})`);
  const names = templates.map((t) => `"${t.name}"`).join(', ');
  throw new CliFailure(
    `no chaser template called "${idOrName}"${names ? `; chaser templates: ${names}` : '; add the example one with "letterdesk chaser --add-example"'}`,
  );
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
        const template = await ctx.withWorkspace((ws) => callApi<ChaserTemplate>(ws, 'chasers.addExample', {}));
        ctx.print(template, `Chaser template "${template.name}" is in the workspace  [${template.id}]`);
        return;
      }
      if (opts.campaign === undefined || opts.recipient === undefined) {
        throw new CommanderError(2, 'letterdesk.usage', 'chaser needs --campaign and --recipient (or --add-example)');
      }
      const { campaign: campaignArg, recipient: recipientArg } = opts;
      const chaser = await ctx.withWorkspace(async (ws) => {
        const db = ws.db();
        const campaign = campaignOrFail(db, campaignArg);
        return callApi<ChaserDraft & { created: boolean; campaignCreated: boolean }>(ws, 'chasers.draft', {
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
