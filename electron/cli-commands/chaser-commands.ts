import { CommanderError } from 'commander';
import type { RegisterCommands } from '../cli-context';
import { call } from './call';

/*
 * letterdesk chaser --campaign C --recipient R [--template T]
 * letterdesk chaser --add-example
 *
 * Drafts a follow-up letter that quotes the original's date and reference,
 * through the same chasers.draft operation as "Draft a chaser" in the app.
 */

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
        const template = await ctx.withWorkspace((ws) => call(ws, 'chasers.addExample', {}));
        ctx.print(template, `Chaser template "${template.name}" is in the workspace  [${template.id}]`);
        return;
      }
      if (opts.campaign === undefined || opts.recipient === undefined) {
        throw new CommanderError(2, 'letterdesk.usage', 'chaser needs --campaign and --recipient (or --add-example)');
      }
      const { campaign: campaignArg, recipient: recipientArg } = opts;
      const chaser = await ctx.withWorkspace(async (ws) => {
        const campaign = await call(ws, 'campaigns.find', { nameOrId: campaignArg });
        const recipient = await call(ws, 'campaigns.findRecipient', { campaignId: campaign.id, nameOrId: recipientArg });
        const template = opts.template === undefined ? undefined : await call(ws, 'chasers.findTemplate', { nameOrId: opts.template });
        return call(ws, 'chasers.draft', { campaignId: campaign.id, recipientId: recipient.id, templateId: template?.id, campaignName: opts.campaignName });
      });
      const what = chaser.created ? 'Drafted chaser' : 'A chaser was already drafted and not yet sent:';
      const where = chaser.campaignCreated ? `in the new campaign "${chaser.campaignName}"` : `in "${chaser.campaignName}"`;
      ctx.print(chaser, `${what} ${chaser.reference} ${where}  [draft ${chaser.draftId}]`);
    });
};
