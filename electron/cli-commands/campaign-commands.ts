import path from 'node:path';
import { CommanderError, Option } from 'commander';
import type { OperationInput } from '../../shared/api/contract';
import type { RecipientSelection } from '../../shared/campaigns/schemas';
import type { GroupId } from '../../shared/protocol/types';
import { GROUP_IDS } from '../../shared/protocol/types';
import { resolveCountry } from '../core/recipients/countries';
import type { Workspace } from '../core/workspace/workspace';
import { CliFailure, type RegisterCommands } from '../cli-context';
import { call, connect } from './call';
import { collect } from './input-files';

/*
 * `letterdesk campaigns create|list|drafts`, `letterdesk export`. Names
 * (template, signers, endorsers) are looked up by the core's find
 * operations; the campaign itself is made through the same operation as in
 * the app.
 */

/** "all", "tag:T", "group:G" or "country:ES,FR,Allemagne". */
export function parseSelection(text: string): RecipientSelection {
  const [kind, ...rest] = text.split(':');
  const value = rest.join(':').trim();
  if (kind === 'all' && rest.length === 0) return { by: 'all' };
  if (kind === 'tag' && value) return { by: 'tag', tag: value };
  if (kind === 'group' && value) {
    const group = GROUP_IDS.find((g) => g.toLowerCase() === value.toLowerCase());
    if (!group) throw new CommanderError(2, 'letterdesk.usage', `unknown group "${value}". Groups: ${GROUP_IDS.join(', ')}`);
    return { by: 'group', group: group as GroupId };
  }
  if (kind === 'country' && value) {
    const codes = value.split(',').map((part) => {
      const code = resolveCountry(part);
      if (!code) throw new CommanderError(2, 'letterdesk.usage', `unknown country "${part.trim()}"`);
      return code;
    });
    return { by: 'countries', codes };
  }
  throw new CommanderError(2, 'letterdesk.usage', `--recipients takes all, tag:T, group:G or country:CODE[,CODE...], not "${text}"`);
}

/** The ids of the signers or endorsers named (or given by id), in order. */
async function idsByName(ws: Workspace, kind: 'signers' | 'endorsers', names: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const nameOrId of names) ids.push((await call(ws, kind === 'signers' ? 'signers.find' : 'endorsers.find', { nameOrId })).id);
  return ids;
}

type ExportFormat = OperationInput<'exports.start'>['format'];
const EXPORT_FORMATS = ['files', 'zip', 'combined', 'pdf', 'pdf-zip', 'pdf-combined'] as const satisfies readonly ExportFormat[];

/** How often a running export is asked how far it is. */
const POLL_MS = 25;

/**
 * Exports the campaign's letters into `dir` through the export operations,
 * as the app does: the job renders (and records the export), then its files
 * are saved to the folder the command line names in place of a dialog.
 */
async function exportInto(
  ws: Workspace,
  campaignId: string,
  dir: string,
  options: { format: ExportFormat; includeAttention: boolean; sourcesMode: 'footnotes' | 'section' },
) {
  const run = connect(ws, { chooseExportFolder: async () => dir });
  const { jobId } = await run('exports.start', { campaignId, ...options });
  let status = await run('exports.status', { jobId });
  while (status.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    status = await run('exports.status', { jobId });
  }
  if (status.state !== 'done') throw new CliFailure(status.message);
  const { savedTo } = await run('exports.save', { jobId });
  return { written: savedTo, skipped: status.skipped };
}

export const registerCampaignCommands: RegisterCommands = (program, ctx) => {
  program
    .command('export')
    .description("export a campaign's letters as DOCX or PDF: one file per letter, a ZIP, or one combined print file")
    .requiredOption('--campaign <name-or-id>', 'the campaign')
    .requiredOption('--out <dir>', 'folder to write into')
    .addOption(
      new Option('--format <format>', 'DOCX: files, zip or combined; PDF: pdf (one a letter), pdf-zip or pdf-combined')
        .choices(EXPORT_FORMATS)
        .default('files'),
    )
    .option('--include-attention', 'also export drafts that need attention')
    .addOption(new Option('--sources <mode>', 'cited facts\' sources as footnotes or a "Sources" section').choices(['footnotes', 'section']).default('section'))
    .exitOverride()
    .action(async (opts: { campaign: string; out: string; format: ExportFormat; includeAttention?: boolean; sources: 'footnotes' | 'section' }) => {
      const result = await ctx.withWorkspace(async (ws) => {
        const campaign = await call(ws, 'campaigns.find', { nameOrId: opts.campaign });
        const includeAttention = opts.includeAttention ?? false;
        const { written, skipped } = await exportInto(ws, campaign.id, path.resolve(opts.out), {
          format: opts.format,
          includeAttention,
          sourcesMode: opts.sources,
        });
        // The drafts left out are the ones that need attention: say which, and why.
        const left = skipped === 0 ? [] : (await call(ws, 'campaigns.drafts', { id: campaign.id })).filter((d) => d.state === 'attention');
        return { written, skipped: left.map((d) => ({ reference: d.reference, reasons: d.reasons.map((r) => r.code) })) };
      });
      const skipped = result.skipped.map((d) => `skipped ${d.reference}: ${d.reasons.join(', ')} (use --include-attention to export it anyway)`);
      ctx.print(result, [...result.written, ...skipped].join('\n'));
    });

  const campaigns = program.command('campaigns').description('create and list campaigns').exitOverride();

  campaigns
    .command('create')
    .description('create a campaign: one draft per recipient, each with its own reference')
    .requiredOption('--name <name>', 'campaign name')
    .requiredOption('--template <name-or-id>', 'the template to write from')
    .requiredOption('--recipients <selection>', 'all | tag:T | group:G | country:CODE[,CODE...]', parseSelection)
    .option('--signer <name>', 'a signer; repeat for several', collect, [])
    .option('--endorser <name>', 'an endorsing organisation; repeat for several', collect, [])
    .option('--date <yyyy-mm-dd>', "the letters' date (default: today)")
    .option('--prefix <letters>', 'reference prefix, e.g. HRL gives HRL-2026-0001', 'LTR')
    .exitOverride()
    .action(
      async (opts: { name: string; template: string; recipients: RecipientSelection; signer: string[]; endorser: string[]; date?: string; prefix: string }) => {
        const created = await ctx.withWorkspace(async (ws) => {
          const template = await call(ws, 'templates.find', { nameOrId: opts.template });
          return call(ws, 'campaigns.create', {
            name: opts.name,
            templateId: template.id,
            recipients: opts.recipients,
            signerIds: await idsByName(ws, 'signers', opts.signer),
            endorserIds: await idsByName(ws, 'endorsers', opts.endorser),
            letterDate: opts.date ?? new Date().toISOString().slice(0, 10),
            referencePrefix: opts.prefix,
          });
        });
        ctx.print(created, `Created campaign ${created.id}  ${created.name} with ${drafts(created.draftCount)}`);
      },
    );

  campaigns
    .command('list')
    .description('list campaigns')
    .exitOverride()
    .action(async () => {
      const list = await ctx.withWorkspace((ws) => call(ws, 'campaigns.list', {}));
      ctx.print(
        list,
        list.length === 0
          ? 'No campaigns yet.'
          : list.map((c) => `${c.id}  ${c.name}  (${c.templateName}, ${c.letterDate}, ${drafts(c.draftCount)})`).join('\n'),
      );
    });

  campaigns
    .command('drafts')
    .description("list a campaign's drafts and what each needs before export")
    .argument('<campaign>', 'campaign name or id')
    .exitOverride()
    .action(async (name: string) => {
      const rows = await ctx.withWorkspace(async (ws) => {
        const campaign = await call(ws, 'campaigns.find', { nameOrId: name });
        return call(ws, 'campaigns.drafts', { id: campaign.id });
      });
      const text = rows
        .map(
          (r) =>
            `${r.reference}  ${r.countryCode}  ${r.recipientName || '(holder unknown)'}  ${r.state}${r.reasons.length ? `: ${r.reasons.map((x) => x.code).join(', ')}` : ''}`,
        )
        .join('\n');
      ctx.print(rows, text || 'No drafts.');
    });
};

/** "1 draft", "27 drafts". */
function drafts(count: number): string {
  return `${count} ${count === 1 ? 'draft' : 'drafts'}`;
}
