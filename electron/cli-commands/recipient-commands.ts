import fs from 'node:fs';
import path from 'node:path';
import { CommanderError, Option, type Command } from 'commander';
import type { ImportResult } from '../../shared/recipients/contract';
import { GENDERS, LANGUAGES, type Recipient } from '../../shared/recipients/schemas';
import { suggestedName } from '../../shared/protocol/person-name';
import { OFFICE_TYPES, type OfficeType } from '../../shared/protocol/types';
import { CliFailure, type CliContext, type RegisterCommands } from '../cli-context';
import { countryNames, resolveCountry } from '../core/recipients/countries';
import { call } from './call';
import { collect, readInputFile } from './input-files';

/*
 * letterdesk recipients add|list|import|export|delete|verify
 */

function recipientLine(r: Recipient): string {
  const country = countryNames(r.countryCode)?.en ?? r.countryCode;
  const tags = r.tags.length ? `  [${r.tags.join(', ')}]` : '';
  const verify = r.toVerify ? '  (to verify)' : '';
  return `${r.id}  ${r.name || '(holder unknown)'} — ${r.office}, ${country}${r.email ? `  <${r.email}>` : ''}${tags}${verify}`;
}

function importSummary(result: ImportResult): string {
  const holders = result.holderAdded > 0 ? ` (${result.holderAdded} with a holder added)` : '';
  const head = `${result.committed ? '' : 'Dry run: nothing written. '}created ${result.counts.create}, updated ${result.counts.update}${holders}, skipped ${result.counts.skip}`;
  const warnings = result.warnings.map((w) => `warning: ${w.message}`);
  const more = result.counts.skip > result.skip.length ? [`... and ${result.counts.skip - result.skip.length} more skipped rows`] : [];
  const names = result.names.map((n) =>
    n.kept ? `line ${n.line}: name kept as written: "${n.before}"` : `line ${n.line}: name written as letters write it: "${n.before}" → "${n.after}"`,
  );
  const moreNames = result.nameCount > result.names.length ? [`... and ${result.nameCount - result.names.length} more names`] : [];
  const keepHint = result.names.some((n) => !n.kept) ? ['(use --keep-names to keep every name as the file writes it)'] : [];
  return [head, ...warnings, ...result.skip.map((s) => s.message), ...more, ...names, ...moreNames, ...keepHint].join('\n');
}

function limitOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new CommanderError(2, 'letterdesk.usage', '--limit must be a whole number from 1 to 500');
  return n;
}

export const registerRecipientCommands: RegisterCommands = (program, ctx) => {
  const recipients = program.command('recipients').description('add and list recipients').exitOverride();

  recipients
    .command('add')
    .description('add a recipient')
    .requiredOption('--country <code-or-name>', 'country, as an ISO code (ES, ESP) or a name in English, Spanish or French')
    .requiredOption('--office <text>', 'office held, e.g. "Prime Minister"')
    .option('--name <text>', 'name of the office holder; leave it out while the holder is not known (the entry is marked to verify)', '')
    .option('--keep-name', 'keep the name as typed ("O\'Brien, Siobhán" instead of "Siobhán O\'Brien")')
    .addOption(new Option('--office-type <type>', 'the rank, when the office is not recognised from its title').choices(OFFICE_TYPES))
    .addOption(new Option('--gender <gender>', 'gender, for the form of address').choices(GENDERS).default('unspecified'))
    .option('--email <email>', 'email address')
    .option('--address <text>', 'postal address')
    .addOption(new Option('--language <lang>', 'preferred letter language').choices(LANGUAGES).default('en'))
    .option('--tag <tag>', 'a tag; repeat for several', collect, [])
    .option('--notes <text>', 'notes')
    .option('--verified <date>', 'day the holder was last checked, YYYY-MM-DD')
    .exitOverride()
    .action(
      async (opts: {
        country: string;
        office: string;
        name: string;
        keepName?: boolean;
        officeType?: OfficeType;
        gender: Recipient['gender'];
        email?: string;
        address?: string;
        language: Recipient['language'];
        tag: string[];
        notes?: string;
        verified?: string;
      }) => {
        const countryCode = resolveCountry(opts.country);
        if (!countryCode) {
          throw new CliFailure(`unknown country "${opts.country}". Use an ISO code such as ES, or a name such as Spain or España.`);
        }
        // "O'Brien, Siobhán" → "Siobhán O'Brien", as the CSV import and the form propose; said on stderr, so stdout stays the record.
        const suggestion = opts.keepName ? undefined : suggestedName(opts.name, countryCode);
        const created = await ctx.withWorkspace((ws) =>
          call(ws, 'recipients.create', {
            countryCode,
            office: opts.office,
            ...(opts.officeType ? { officeType: opts.officeType } : {}),
            name: suggestion ?? opts.name,
            gender: opts.gender,
            email: opts.email ?? '',
            postalAddress: opts.address ?? '',
            language: opts.language,
            tags: opts.tag,
            notes: opts.notes ?? '',
            verifiedOn: opts.verified ?? null,
          }),
        );
        if (suggestion) process.stderr.write(`Name written as: ${suggestion} (typed "${opts.name.trim()}"; --keep-name keeps it as typed)\n`);
        ctx.print(created, `Added ${recipientLine(created)}`);
      },
    );

  recipients
    .command('list')
    .description('list recipients (accent-insensitive search)')
    .option('--search <text>', 'words to look for in name, office, country, email, tags, notes')
    .option('--tag <tag>', 'only recipients with this tag')
    .option('--limit <n>', 'at most this many rows', limitOption, 500)
    .exitOverride()
    .action(async (opts: { search?: string; tag?: string; limit: number }) => {
      const page = await ctx.withWorkspace((ws) => call(ws, 'recipients.list', { search: opts.search ?? '', tag: opts.tag, limit: opts.limit }));
      const text =
        page.rows.length === 0 ? 'No recipients found.' : [...page.rows.map(recipientLine), `${page.rows.length} of ${page.total} recipients`].join('\n');
      ctx.print(page, text);
    });

  recipients
    .command('import')
    .description('import recipients from a CSV file (comma, semicolon or tab; UTF-8 or Windows-1252)')
    .argument('<file>', 'the CSV file')
    .option('--dry-run', 'show what would be created, updated and skipped, and write nothing')
    .option('--keep-names', 'keep every name as the file writes it ("O\'Brien, Siobhán" instead of "Siobhán O\'Brien")')
    .exitOverride()
    .action(async (file: string, opts: { dryRun?: boolean; keepNames?: boolean }) => {
      const bytes = readInputFile(file);
      const result = await ctx.withWorkspace((ws) =>
        call(ws, 'recipients.importCsv', {
          fileName: path.basename(file),
          contentBase64: bytes.toString('base64'),
          choices: { keepAllNames: opts.keepNames === true },
          commit: !opts.dryRun,
        }),
      );
      ctx.print(result, importSummary(result));
    });

  recipients
    .command('export')
    .description('export recipients to a CSV file (UTF-8, opens in Excel and LibreOffice)')
    .argument('<file>', 'where to write the CSV')
    .option('--tag <tag>', 'only recipients with this tag')
    .exitOverride()
    .action(async (file: string, opts: { tag?: string }) => {
      const result = await ctx.withWorkspace((ws) => call(ws, 'recipients.exportCsv', { tag: opts.tag }));
      try {
        // Written beside the target, then renamed: a failed write never leaves half a file.
        const temp = `${file}.part`;
        fs.writeFileSync(temp, result.content);
        fs.renameSync(temp, file);
      } catch (error) {
        throw new CliFailure(`cannot write ${file}: ${(error as Error).message}`);
      }
      ctx.print({ file, count: result.count }, `Exported ${result.count} recipients to ${file}`);
    });

  recipients
    .command('delete')
    .description('delete a recipient')
    .argument('<id>', 'the recipient\'s id (from "recipients list")')
    .exitOverride()
    .action(async (id: string) => {
      const result = await ctx.withWorkspace((ws) => call(ws, 'recipients.delete', { id }));
      ctx.print(result, `Deleted ${result.id}`);
    });

  registerVerifyCommand(recipients, ctx);
};

const ID_FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day written YYYY-MM-DD that exists on the calendar. */
function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === text;
}

/** letterdesk recipients verify ID…|--tag T|--all [--date YYYY-MM-DD] */
function registerVerifyCommand(recipients: Command, ctx: CliContext): void {
  recipients
    .command('verify')
    .description("mark recipients verified: their holders were checked on a day (today unless --date); entries with no holder's name stay to verify")
    .argument('[ids...]', 'the recipients\' ids (from "recipients list")')
    .option('--tag <tag>', 'every recipient with this tag')
    .option('--all', 'every recipient')
    .option('--date <date>', 'the day the holders were checked, YYYY-MM-DD (default: today)')
    .exitOverride()
    .action(async (ids: string[], opts: { tag?: string; all?: boolean; date?: string }) => {
      const ways = [ids.length > 0, opts.tag !== undefined, opts.all === true].filter(Boolean).length;
      if (ways !== 1) throw new CliFailure('say which recipients to mark verified: their ids, --tag <tag> or --all (one of the three)');
      if (opts.date !== undefined && !isCalendarDay(opts.date))
        throw new CliFailure(`--date must be a day written YYYY-MM-DD, such as 2026-03-31, not "${opts.date}"`);
      const bad = ids.find((id) => !ID_FORMAT.test(id));
      if (bad !== undefined) throw new CliFailure(`"${bad}" is not a recipient id (ids are shown by "letterdesk recipients list")`);
      const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
      const target = unique.length > 0 ? { ids: unique } : opts.tag !== undefined ? { tag: opts.tag } : { all: true as const };
      const result = await ctx.withWorkspace((ws) => call(ws, 'recipients.verify', { ...target, ...(opts.date ? { date: opts.date } : {}) }));
      const lines = [`Marked ${result.verified} ${result.verified === 1 ? 'recipient' : 'recipients'} verified on ${result.date}`];
      if (result.noHolder > 0) lines.push(`${result.noHolder} without a holder's name left to verify: add the holder first`);
      const missing = unique.length - result.verified - result.noHolder;
      if (missing > 0) lines.push(`${missing} of the ids given ${missing === 1 ? 'is' : 'are'} not in the list`);
      ctx.print(result, lines.join('\n'));
    });
}
