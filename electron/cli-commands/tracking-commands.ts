import fs from 'node:fs';
import path from 'node:path';
import { CommanderError, Option } from 'commander';
import type { OperationInput } from '../../shared/api/contract';
import { MAX_ATTACHMENT_BYTES, type ContactEvent, type StatusReport, type StatusRow } from '../../shared/tracking/schemas';
import { todayIso } from '../../shared/tracking/dates';
import { CHANNELS, OUTCOMES, RECORDABLE_KINDS } from '../../shared/tracking/kinds';
import { CliFailure, type RegisterCommands } from '../cli-context';
import { label, statusWords } from '../core/tracking/report-labels';
import type { Workspace } from '../core/workspace/workspace';
import { call } from './call';

/*
 * letterdesk track --campaign C --recipient R --event sent|delivered|acknowledged|replied|follow-up|closed
 *                  [--channel C] [--date D] [--ref R] [--note T] [--attach FILE] [--due D] [--outcome O] [--confirm-date]
 * letterdesk status [--campaign C] [--json]
 * letterdesk report [--campaign C] --out FILE.csv|FILE.docx [--map FILE.png]
 *
 * Names are looked up by the core (campaigns.find, campaigns.findRecipient);
 * the work goes through the tracking operations, exactly as in the app.
 */

const EVENT_CHOICES = RECORDABLE_KINDS.map((k) => k.replace('_', '-'));

type Recorded = OperationInput<'tracking.record'>;

/** The id of the campaign named (or given by id) on the command line, if one is. */
async function campaignIdOf(ws: Workspace, nameOrId: string | undefined): Promise<string | undefined> {
  return nameOrId === undefined ? undefined : (await call(ws, 'campaigns.find', { nameOrId })).id;
}

function readAttachment(file: string): { fileName: string; contentBase64: string } {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new CliFailure(`cannot read "${file}": no such file`);
  }
  if (size > MAX_ATTACHMENT_BYTES)
    throw new CliFailure(`"${path.basename(file)}" is ${(size / 1024 / 1024).toFixed(1)} MB; an attachment can be at most 50 MB`);
  return { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
}

function eventLine(e: ContactEvent): string {
  const detail = [label(e.channel), e.dueOn && `due ${e.dueOn}`, label(e.outcome), e.reference && `ref ${e.reference}`].filter(Boolean).join(', ');
  const files = e.attachments.map((a) => a.fileName).join(', ');
  return `Recorded ${label(e.kind)} on ${e.occurredOn}${detail ? ` (${detail})` : ''} for ${e.recipientName || e.office}${e.campaignName ? `, ${e.campaignName}` : ''}${files ? `, with ${files}` : ''}  [${e.id}]`;
}

/** Columns padded to their widest cell; the last one is not padded. */
function columns(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function statusTable(rows: StatusRow[], withCampaign: boolean): string {
  if (rows.length === 0) return 'No recipients in campaigns yet.';
  const head = ['COUNTRY', 'RECIPIENT', 'OFFICE', ...(withCampaign ? ['CAMPAIGN'] : []), 'STATUS', 'LAST EVENT', 'NEXT FOLLOW-UP'];
  const body = rows.map((r) => [
    r.countryCode,
    r.recipientName || '(holder unknown)',
    r.office,
    ...(withCampaign ? [r.campaignName] : []),
    statusWords(r),
    r.lastEvent ? `${label(r.lastEvent.kind)} ${r.lastEvent.occurredOn}` : '',
    r.nextFollowUp ?? '',
  ]);
  return columns([head, ...body]);
}

function writeAtomically(file: string, bytes: Buffer): void {
  const part = `${file}.part`;
  try {
    fs.writeFileSync(part, bytes);
    fs.renameSync(part, file);
  } catch (error) {
    fs.rmSync(part, { force: true });
    throw new CliFailure(`cannot write "${file}": ${(error as Error).message}`);
  }
}

export const registerTrackingCommands: RegisterCommands = (program, ctx) => {
  program
    .command('track')
    .description('record what happened to a letter: sent, delivered, acknowledged, replied, a follow-up, closed')
    .requiredOption('--campaign <name-or-id>', 'the campaign')
    .requiredOption('--recipient <id-or-name>', 'a recipient of the campaign')
    .addOption(new Option('--event <kind>', 'what happened').choices(EVENT_CHOICES).makeOptionMandatory())
    .addOption(new Option('--channel <channel>', 'how it was sent (for sent)').choices(CHANNELS))
    .option('--date <yyyy-mm-dd>', 'the day it happened (default: today)')
    .option('--ref <text>', 'tracking or reference number')
    .option('--note <text>', "a note: the reply's summary, what was said")
    .option('--attach <file>', 'a file: the reply (PDF, DOCX, PNG or JPEG, at most 50 MB)')
    .option('--due <yyyy-mm-dd>', 'when to follow up (for follow-up)')
    .addOption(new Option('--outcome <outcome>', 'how it ended (for closed)').choices(OUTCOMES))
    .option('--confirm-date', "keep a date in the future or before the campaign's letter date")
    .exitOverride()
    .action(
      async (opts: {
        campaign: string;
        recipient: string;
        event: string;
        channel?: string;
        date?: string;
        ref?: string;
        note?: string;
        attach?: string;
        due?: string;
        outcome?: string;
        confirmDate?: boolean;
      }) => {
        const attachment = opts.attach === undefined ? null : readAttachment(opts.attach);
        const event = await ctx.withWorkspace(async (ws) => {
          const campaign = await call(ws, 'campaigns.find', { nameOrId: opts.campaign });
          const recipient = await call(ws, 'campaigns.findRecipient', { campaignId: campaign.id, nameOrId: opts.recipient });
          return call(ws, 'tracking.record', {
            campaignId: campaign.id,
            recipientId: recipient.id,
            // The choices of --event, --channel and --outcome are the contract's own.
            kind: opts.event.replace('-', '_') as Recorded['kind'],
            occurredOn: opts.date ?? todayIso(),
            channel: (opts.channel ?? null) as Recorded['channel'],
            reference: opts.ref ?? '',
            note: opts.note ?? '',
            dueOn: opts.due ?? null,
            outcome: (opts.outcome ?? null) as Recorded['outcome'],
            attachment,
            confirmDate: opts.confirmDate ?? false,
          });
        });
        ctx.print(event, eventLine(event));
      },
    );

  program
    .command('status')
    .description('outreach status: one row per recipient with the last event and the next follow-up')
    .option('--campaign <name-or-id>', 'only this campaign (default: all)')
    .exitOverride()
    .action(async (opts: { campaign?: string }) => {
      const report: StatusReport = await ctx.withWorkspace(async (ws) => call(ws, 'tracking.status', { campaignId: await campaignIdOf(ws, opts.campaign) }));
      ctx.print(report.rows, statusTable(report.rows, opts.campaign === undefined));
    });

  program
    .command('report')
    .description('write the outreach report: a CSV of every event, or a DOCX summary for a board or donor')
    .option('--campaign <name-or-id>', 'only this campaign (default: all)')
    .requiredOption('--out <file>', 'FILE.csv or FILE.docx')
    .option('--map <file>', 'a PNG of the map to put in the DOCX')
    .exitOverride()
    .action(async (opts: { campaign?: string; out: string; map?: string }) => {
      const format = path.extname(opts.out).toLowerCase().slice(1);
      if (format !== 'csv' && format !== 'docx')
        throw new CommanderError(2, 'letterdesk.usage', `--out must end in .csv or .docx, not "${path.basename(opts.out)}"`);
      if (opts.map !== undefined && !fs.existsSync(opts.map)) throw new CliFailure(`cannot read "${opts.map}": no such file`);
      const mapPngBase64 = opts.map === undefined ? undefined : fs.readFileSync(opts.map).toString('base64');
      const file = await ctx.withWorkspace(async (ws) =>
        call(ws, 'tracking.report', { format, campaignId: await campaignIdOf(ws, opts.campaign), mapPngBase64 }),
      );
      const out = path.resolve(opts.out);
      writeAtomically(out, Buffer.from(file.contentBase64, 'base64'));
      ctx.print({ written: out }, out);
    });
};
