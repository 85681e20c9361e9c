import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ApiFailure, type ApiResult } from '../shared/api/errors';
import type { OperationName, OperationOutput } from '../shared/api/contract';
import type { ImportResult } from '../shared/recipients/contract';
import type { PlaceholderMapping } from '../shared/templates/contract';
import { GENDERS, LANGUAGES, type Recipient } from '../shared/recipients/schemas';
import { OFFICE_TYPES } from '../shared/protocol/types';
import { createHandlers } from './core/api/create-handlers';
import { countryNames, resolveCountry } from './core/recipients/countries';
import { defaultDataDir } from './core/workspace/data-dir';
import { dispatch } from './core/api/dispatch';
import { doctorReport, type DoctorReport } from './core/workspace/doctor';
import { Workspace } from './core/workspace/workspace';
import { CliFailure, type CliContext, type RegisterCommands } from './cli-context';
import { createCliSecrets, terminalSecretReader, type CliSecrets, type SecretSource } from './cli-secrets';
import { registerPassphraseCommands } from './cli-commands/passphrase-commands';
import { registerBackupCommands } from './cli-commands/backup-commands';
import { registerCampaignCommands } from './cli-commands/campaign-commands';
import { registerChaserCommands } from './cli-commands/chaser-commands';
import { registerSenderCommands } from './cli-commands/sender-commands';
import { registerTrackingCommands } from './cli-commands/tracking-commands';
import { registerArchiveCommands } from './cli-commands/archive-commands';

/*
 * `letterdesk [--data DIR] [--json] COMMAND`. Every command goes through the
 * same dispatch as the app, so validation and messages are identical.
 * Exit codes: 0 done, 1 the command failed (one line on stderr), 2 usage.
 */

export interface CliIo extends Partial<SecretSource> {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  readSecret: terminalSecretReader(),
};

/** The passphrase source of this run: the environment and the terminal of `io` (none for tests unless given). */
let secrets: CliSecrets = createCliSecrets({ env: {} });

interface GlobalOptions {
  data?: string;
  json?: boolean;
}

function dataDirOf(options: GlobalOptions): string {
  return options.data ? path.resolve(options.data) : defaultDataDir();
}

async function withWorkspace<T>(options: GlobalOptions, run: (workspace: Workspace) => Promise<T>): Promise<T> {
  const dataDir = dataDirOf(options);
  const workspace = await Workspace.open({ dataDir, key: await secrets.workspaceKey(dataDir) });
  try {
    return await run(workspace);
  } finally {
    workspace.close();
  }
}

function describeProblem(workspace: Workspace): string {
  const status = workspace.status();
  if (status.state === 'ready') return '';
  if (status.state === 'locked') {
    return `the workspace at ${status.dataDir} is locked. ${status.detail} Set LETTERDESK_PASSPHRASE, or run the command in a terminal to type it.`;
  }
  const advice =
    status.state === 'newer_version'
      ? ''
      : ' Run "letterdesk start-fresh" to start a fresh workspace; the old file will be kept, untouched, in the damaged/ folder.';
  return `the workspace at ${status.dataDir} could not be opened. ${status.detail}${advice}`;
}

async function call<K extends OperationName>(workspace: Workspace, name: K, input: unknown): Promise<OperationOutput<K>> {
  const problem = describeProblem(workspace);
  if (problem) throw new CliFailure(problem);
  const result = (await dispatch(createHandlers(workspace), name, input)) as ApiResult<OperationOutput<K>>;
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.data;
}

function recipientLine(r: Recipient): string {
  const country = countryNames(r.countryCode)?.en ?? r.countryCode;
  const tags = r.tags.length ? `  [${r.tags.join(', ')}]` : '';
  const verify = r.toVerify ? '  (to verify)' : '';
  return `${r.id}  ${r.name || '(holder unknown)'} — ${r.office}, ${country}${r.email ? `  <${r.email}>` : ''}${tags}${verify}`;
}

function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new CliFailure(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

function describeMapping(mapping: PlaceholderMapping): string {
  switch (mapping.type) {
    case 'field':
      return `{${mapping.field}}${mapping.format ? ` (${mapping.format})` : ''}`;
    case 'choice':
      return `choice by ${mapping.by === 'gender' ? 'gender' : 'office'}: ${Object.entries(mapping.options)
        .map(([k, v]) => `${k} "${v}"`)
        .join(', ')}`;
    case 'text':
      return `text "${mapping.text}"`;
    case 'unmapped':
      return 'NOT MAPPED: review it in the app before using the template';
  }
}

function importSummary(result: ImportResult): string {
  const head = `${result.committed ? '' : 'Dry run: nothing written. '}created ${result.counts.create}, updated ${result.counts.update}, skipped ${result.counts.skip}`;
  const warnings = result.warnings.map((w) => `warning: ${w.message}`);
  const more = result.counts.skip > result.skip.length ? [`... and ${result.counts.skip - result.skip.length} more skipped rows`] : [];
  const names = result.names.map((n) =>
    n.kept ? `line ${n.line}: name kept as written: "${n.before}"` : `line ${n.line}: name written as letters write it: "${n.before}" → "${n.after}"`,
  );
  const moreNames = result.nameCount > result.names.length ? [`... and ${result.nameCount - result.names.length} more names`] : [];
  const keepHint = result.names.some((n) => !n.kept) ? ['(use --keep-names to keep every name as the file writes it)'] : [];
  return [head, ...warnings, ...result.skip.map((s) => s.message), ...more, ...names, ...moreNames, ...keepHint].join('\n');
}

function doctorLines(report: DoctorReport): string {
  return [
    `Workspace:       ${report.dataDir}`,
    `Database:        ${report.databaseFile} (${report.databaseBytes} bytes)`,
    `Schema version:  ${report.schemaVersion} (this Letterdesk knows up to ${report.latestSchemaVersion})`,
    `Integrity check: ${report.integrity.length === 0 ? 'ok' : report.integrity.join('; ')}`,
    `Recipients:      ${report.counts.recipients}`,
    `Tags:            ${report.counts.tags}`,
    `Activity log:    ${report.counts.activity} entries`,
    `Backups:         ${report.backups}`,
  ].join('\n');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Command groups kept in their own modules (electron/cli-commands/). */
const COMMAND_GROUPS: RegisterCommands[] = [
  registerBackupCommands,
  registerCampaignCommands,
  registerSenderCommands,
  registerTrackingCommands,
  registerChaserCommands,
  registerArchiveCommands,
];

export function buildProgram(io: CliIo): Command {
  secrets = createCliSecrets({ env: io.env ?? {}, readSecret: io.readSecret });
  const program = new Command('letterdesk')
    .description('Letterdesk: letters to governments, recipients and outreach tracking, offline.')
    .option('--data <dir>', "workspace folder (default: LETTERDESK_DATA or the desktop app's own)")
    .option('--json', 'print JSON only on stdout')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();

  const globals = () => program.opts<GlobalOptions>();
  const print = (json: unknown, text: string) => io.out(`${globals().json ? JSON.stringify(json, null, 2) : text}\n`);
  const ctx: CliContext = {
    withWorkspace: (run, options) =>
      withWorkspace(globals(), async (ws) => {
        const problem = describeProblem(ws);
        if (problem && !options?.allowDamaged) throw new CliFailure(problem);
        return run(ws);
      }),
    print,
    dataDir: () => dataDirOf(globals()),
  };
  for (const register of COMMAND_GROUPS) register(program, ctx);
  registerPassphraseCommands(program, ctx, secrets);

  const recipients = program.command('recipients').description('add and list recipients').exitOverride();

  recipients
    .command('add')
    .description('add a recipient')
    .requiredOption('--country <code-or-name>', 'country, as an ISO code (ES, ESP) or a name in English, Spanish or French')
    .requiredOption('--office <text>', 'office held, e.g. "Prime Minister"')
    .option('--name <text>', 'name of the office holder; leave it out while the holder is not known (the entry is marked to verify)', '')
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
        officeType?: string;
        gender: string;
        email?: string;
        address?: string;
        language: string;
        tag: string[];
        notes?: string;
        verified?: string;
      }) => {
        const countryCode = resolveCountry(opts.country);
        if (!countryCode) {
          throw new CliFailure(`unknown country "${opts.country}". Use an ISO code such as ES, or a name such as Spain or España.`);
        }
        const created = await withWorkspace(globals(), (ws) =>
          call(ws, 'recipients.create', {
            countryCode,
            office: opts.office,
            ...(opts.officeType ? { officeType: opts.officeType } : {}),
            name: opts.name,
            gender: opts.gender,
            email: opts.email ?? '',
            postalAddress: opts.address ?? '',
            language: opts.language,
            tags: opts.tag,
            notes: opts.notes ?? '',
            verifiedOn: opts.verified ?? null,
          }),
        );
        print(created, `Added ${recipientLine(created)}`);
      },
    );

  recipients
    .command('list')
    .description('list recipients (accent-insensitive search)')
    .option('--search <text>', 'words to look for in name, office, country, email, tags, notes')
    .option('--tag <tag>', 'only recipients with this tag')
    .option(
      '--limit <n>',
      'at most this many rows',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 500) throw new CommanderError(2, 'letterdesk.usage', '--limit must be a whole number from 1 to 500');
        return n;
      },
      500,
    )
    .exitOverride()
    .action(async (opts: { search?: string; tag?: string; limit: number }) => {
      const page = await withWorkspace(globals(), (ws) => call(ws, 'recipients.list', { search: opts.search ?? '', tag: opts.tag, limit: opts.limit }));
      const text =
        page.rows.length === 0 ? 'No recipients found.' : [...page.rows.map(recipientLine), `${page.rows.length} of ${page.total} recipients`].join('\n');
      print(page, text);
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
      const result = await withWorkspace(globals(), (ws) =>
        call(ws, 'recipients.importCsv', {
          fileName: path.basename(file),
          contentBase64: bytes.toString('base64'),
          choices: { keepAllNames: opts.keepNames === true },
          commit: !opts.dryRun,
        }),
      );
      print(result, importSummary(result));
    });

  recipients
    .command('export')
    .description('export recipients to a CSV file (UTF-8, opens in Excel and LibreOffice)')
    .argument('<file>', 'where to write the CSV')
    .option('--tag <tag>', 'only recipients with this tag')
    .exitOverride()
    .action(async (file: string, opts: { tag?: string }) => {
      const result = await withWorkspace(globals(), (ws) => call(ws, 'recipients.exportCsv', { tag: opts.tag }));
      try {
        // Written beside the target, then renamed: a failed write never leaves half a file.
        const temp = `${file}.part`;
        fs.writeFileSync(temp, result.content);
        fs.renameSync(temp, file);
      } catch (error) {
        throw new CliFailure(`cannot write ${file}: ${(error as Error).message}`);
      }
      print({ file, count: result.count }, `Exported ${result.count} recipients to ${file}`);
    });

  recipients
    .command('delete')
    .description('delete a recipient')
    .argument('<id>', 'the recipient\'s id (from "recipients list")')
    .exitOverride()
    .action(async (id: string) => {
      const result = await withWorkspace(globals(), (ws) => call(ws, 'recipients.delete', { id }));
      print(result, `Deleted ${result.id}`);
    });

  const templates = program.command('templates').description('import and list letter templates').exitOverride();

  templates
    .command('import')
    .description('import a letter (.docx, .txt, .md, .html) as a template, turning its placeholders into merge fields')
    .argument('<file>', 'the letter to import')
    .option('--name <name>', 'name of the new template (default: from the letter)')
    .addOption(new Option('--language <lang>', "the letter's language (default: detected)").choices(LANGUAGES))
    .exitOverride()
    .action(async (file: string, opts: { name?: string; language?: string }) => {
      const bytes = readInputFile(file);
      const result = await withWorkspace(globals(), (ws) =>
        call(ws, 'templates.import', {
          fileName: path.basename(file),
          contentBase64: bytes.toString('base64'),
          name: opts.name,
          language: opts.language,
          commit: true,
        }),
      );
      const lines = [
        `Created template ${result.template?.id}  ${result.template?.name} (${result.preview.language}, from ${result.preview.format})`,
        ...result.preview.placeholders.map((p) => `  ${p.raw}  ->  ${describeMapping(p.mapping)}${p.occurrences > 1 ? `  (${p.occurrences} times)` : ''}`),
        ...result.preview.warnings.map((w) => `warning: ${w.message}`),
      ];
      if (result.preview.placeholders.length === 0) lines.splice(1, 0, '  No placeholders found.');
      print(
        {
          id: result.template?.id,
          name: result.template?.name,
          language: result.preview.language,
          placeholders: result.preview.placeholders,
          warnings: result.preview.warnings,
        },
        lines.join('\n'),
      );
    });

  templates
    .command('list')
    .description('list templates')
    .exitOverride()
    .action(async () => {
      const list = await withWorkspace(globals(), (ws) => call(ws, 'templates.list', {}));
      const text =
        list.length === 0
          ? 'No templates yet.'
          : list.map((t) => `${t.id}  ${t.name}  [${t.kind}; ${t.languages.join(', ')}]${t.isExample ? '  (example)' : ''}`).join('\n');
      print(list, text);
    });

  program
    .command('doctor')
    .description('check the workspace: schema version, integrity, counts')
    .exitOverride()
    .action(async () => {
      const report = await withWorkspace(globals(), async (ws) => {
        const problem = describeProblem(ws);
        if (problem) throw new CliFailure(problem);
        return doctorReport(ws);
      });
      print(report, doctorLines(report));
      if (report.integrity.length > 0) throw new CliFailure('the integrity check found problems (see above).');
    });

  program
    .command('start-fresh')
    .description('move a damaged workspace file aside, untouched, and start an empty workspace')
    .exitOverride()
    .action(async () => {
      const result = await withWorkspace(globals(), async (ws) => {
        if (ws.status().state === 'ready') throw new CliFailure('the workspace is fine; there is nothing to start afresh.');
        if (ws.status().state === 'newer_version') throw new CliFailure(describeProblem(ws));
        return ws.startFresh();
      });
      print(result, `Started a fresh workspace. The old file is kept, untouched, at ${result.keptFile}`);
    });

  return program;
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its own usage errors; ours, thrown by option parsers, are printed here.
      if (error.code === 'letterdesk.usage') io.err(`letterdesk: ${error.message}\n(run with --help for usage)\n`);
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    const message = error instanceof CliFailure || error instanceof ApiFailure ? error.message : `unexpected error: ${(error as Error).message}`;
    io.err(`letterdesk: ${message}\n`);
    return 1;
  }
}

export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2));
}

if (typeof require !== 'undefined' && require.main === module) void main();
