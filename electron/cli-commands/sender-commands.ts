import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import type * as z from 'zod';
import { issuesFromZod } from '../../shared/api/errors';
import { describeIssue } from '../../shared/api/messages';
import { PAPER_SIZES } from '../../shared/templates/schemas';
import {
  ENDORSER_STATUSES,
  MAX_IMAGE_BYTES,
  endorserFieldsSchema,
  organisationPatchSchema,
  signerFieldsSchema,
  tooLargeMessage,
  type Endorser,
  type ImageRef,
  type ImageUpload,
  type Organisation,
  type Signer,
} from '../../shared/senders/schemas';
import { CliFailure, type CliContext, type RegisterCommands } from '../cli-context';
import { countryNames, resolveCountry } from '../core/recipients/countries';
import { call } from './call';

/*
 * letterdesk org set [--name N] [--address TEXT] [--contacts TEXT] [--place P] [--paper A4|Letter] [--logo FILE | --no-logo]
 * letterdesk org show
 * letterdesk signers add --name N [--title T] [--signature FILE]
 * letterdesk signers list
 * letterdesk endorsers add --name N [--country CODE] [--status asked|agreed|declined]
 * letterdesk endorsers list [--status S]
 *
 * Input is checked with the API's schemas first, so a refusal names the
 * option; an image is checked and shrunk by the same operation that saves
 * it, in one transaction with the rest of the change (a refused image changes
 * nothing).
 */

export const registerSenderCommands: RegisterCommands = (program: Command, ctx: CliContext) => {
  const org = program.command('org').description('the organisation that sends the letters: letterhead, logo, place, paper').exitOverride();

  org
    .command('set')
    .description('change the organisation; only the options given change')
    .option('--name <text>', 'name of the organisation')
    .option('--address <text>', 'postal address; "\\n" starts a new line')
    .option('--contacts <text>', 'telephone, email, web; "\\n" starts a new line')
    .option('--place <text>', 'the place on the date line, e.g. Geneva')
    .addOption(new Option('--paper <size>', 'paper size').choices(PAPER_SIZES))
    .option('--logo <file>', 'logo image (PNG or JPEG)')
    .option('--no-logo', 'remove the logo')
    .exitOverride()
    .action(async (opts: { name?: string; address?: string; contacts?: string; place?: string; paper?: string; logo?: string | false }) => {
      const fields = parseOrFail(organisationPatchSchema, {
        name: opts.name,
        address: lines(opts.address),
        contacts: lines(opts.contacts),
        place: opts.place,
        paperSize: opts.paper,
      });
      const changesFields = Object.values(fields).some((v) => v !== undefined);
      if (!changesFields && opts.logo === undefined) {
        throw new CliFailure('nothing to change: give --name, --address, --contacts, --place, --paper, --logo FILE or --no-logo.');
      }
      const logoFile = typeof opts.logo === 'string' ? opts.logo : undefined;
      const logo = logoFile !== undefined ? readImage(logoFile) : opts.logo === false ? null : undefined;
      const saved = await ctx.withWorkspace((ws) => refusingImageAs(logoFile, call(ws, 'organisation.update', { ...fields, logo })));
      ctx.print(saved, `Saved the organisation.\n${organisationText(saved)}`);
    });

  org
    .command('show')
    .description('show the organisation')
    .exitOverride()
    .action(async () => {
      const shown = await ctx.withWorkspace((ws) => call(ws, 'organisation.get', {}));
      ctx.print(
        shown,
        shown.id === null ? 'No organisation yet. Set it up with: letterdesk org set --name NAME --address TEXT --place PLACE' : organisationText(shown),
      );
    });

  const signers = program.command('signers').description('people who sign letters, with their scanned signatures').exitOverride();

  signers
    .command('add')
    .description('add a signer')
    .requiredOption('--name <text>', 'full name')
    .option('--title <text>', 'title under the signature, e.g. "Executive Director"')
    .option('--signature <file>', 'scanned signature (PNG with transparency is best, or JPEG)')
    .exitOverride()
    .action(async (opts: { name: string; title?: string; signature?: string }) => {
      const fields = parseOrFail(signerFieldsSchema, { name: opts.name, title: lines(opts.title) });
      const signature = opts.signature === undefined ? undefined : readImage(opts.signature);
      const created = await ctx.withWorkspace((ws) => refusingImageAs(opts.signature, call(ws, 'signers.create', { ...fields, signature })));
      ctx.print(created, `Added ${signerLine(created)}`);
    });

  signers
    .command('list')
    .description('list the signers')
    .exitOverride()
    .action(async () => {
      const rows = await ctx.withWorkspace((ws) => call(ws, 'signers.list', {}));
      ctx.print(rows, rows.length === 0 ? 'No signers yet.' : rows.map(signerLine).join('\n'));
    });

  const endorsers = program.command('endorsers').description('organisations that endorse letters, with their consent').exitOverride();

  endorsers
    .command('add')
    .description('add an endorsing organisation')
    .requiredOption('--name <text>', 'name of the organisation')
    .option('--country <code-or-name>', 'its country, as an ISO code (FR) or a name')
    .addOption(new Option('--status <status>', 'has it agreed to endorse?').choices(ENDORSER_STATUSES).default('asked'))
    .exitOverride()
    .action(async (opts: { name: string; country?: string; status: string }) => {
      const fields = parseOrFail(endorserFieldsSchema, { name: opts.name, countryCode: countryOf(opts.country), status: opts.status });
      const created = await ctx.withWorkspace((ws) => call(ws, 'endorsers.create', fields));
      ctx.print(created, `Added ${endorserLine(created)}`);
    });

  endorsers
    .command('list')
    .description('list the endorsing organisations')
    .addOption(new Option('--status <status>', 'only those with this status').choices(ENDORSER_STATUSES))
    .exitOverride()
    .action(async (opts: { status?: Endorser['status'] }) => {
      const rows = await ctx.withWorkspace((ws) => call(ws, 'endorsers.list', { status: opts.status }));
      ctx.print(rows, rows.length === 0 ? 'No endorsers yet.' : rows.map(endorserLine).join('\n'));
    });
};

/** API field names as the user typed them on the command line. */
const OPTION_NAMES: Record<string, string> = { countryCode: '--country', paperSize: '--paper' };

function parseOrFail<S extends z.ZodType>(schema: S, input: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error).map((issue) => {
    const [first, ...rest] = issue.path;
    const option = typeof first === 'string' ? (OPTION_NAMES[first] ?? `--${first}`) : first;
    return describeIssue({ ...issue, path: option === undefined ? [] : [option, ...rest] });
  });
  throw new CliFailure(`please check the input: ${issues.join('; ')}.`);
}

/** On the command line "\n" (backslash n) starts a new line. */
function lines(value: string | undefined): string | undefined {
  return value?.replace(/\\n/g, '\n');
}

function countryOf(text: string | undefined): string | null {
  if (text === undefined || text.trim() === '') return null;
  const code = resolveCountry(text);
  if (!code) throw new CliFailure(`unknown country "${text}". Use an ISO code such as FR, or a name such as France.`);
  return code;
}

/** Reads an image file for an upload; one over the size limit is refused before it is read (a 2 GB file never reaches memory). */
function readImage(file: string): ImageUpload {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_IMAGE_BYTES) throw new CliFailure(`${file}: ${tooLargeMessage(size)}`);
    return { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliFailure(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
  }
}

/** A refusal of the image (not a PNG or JPEG, damaged, too many pixels) names the file it came from. */
async function refusingImageAs<T>(file: string | undefined, saving: Promise<T>): Promise<T> {
  try {
    return await saving;
  } catch (error) {
    const aboutImage = error instanceof CliFailure && error.refusal?.issues.some((issue) => issue.path.at(-1) === 'contentBase64');
    throw aboutImage && file !== undefined ? new CliFailure(`${file}: ${(error as CliFailure).message}`, (error as CliFailure).refusal) : error;
  }
}

const imageText = (image: ImageRef | null) => (image ? `${image.width} × ${image.height} px` : 'none');

function organisationText(o: Organisation): string {
  const block = (value: string) => (value === '' ? '(not set)' : value.split('\n').join('\n          '));
  return [
    `Name:     ${block(o.name)}`,
    `Address:  ${block(o.address)}`,
    `Contacts: ${block(o.contacts)}`,
    `Place:    ${block(o.place)}`,
    `Paper:    ${o.paperSize}`,
    `Logo:     ${imageText(o.logo)}`,
  ].join('\n');
}

function signerLine(s: Signer): string {
  const title = s.title ? ` — ${s.title.split('\n').join(', ')}` : '';
  return `${s.id}  ${s.name}${title}  (signature: ${imageText(s.signature)})`;
}

function endorserLine(e: Endorser): string {
  const country = e.countryCode ? `, ${countryNames(e.countryCode)?.en ?? e.countryCode}` : '';
  return `${e.id}  ${e.name}${country}  [${e.status}]`;
}
