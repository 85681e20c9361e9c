import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { MIN_PASSPHRASE_LENGTH, type MergeReport } from '../../shared/archive/schemas';
import { CliFailure, type CliContext, type RegisterCommands } from '../cli-context';
import { connect } from './call';

/*
 * letterdesk archive export FILE [--encrypt]
 * letterdesk archive import FILE [--dry-run] [--replace]
 *
 * The passphrase comes from LETTERDESK_ARCHIVE_PASSPHRASE, or is asked on
 * the terminal (not echoed); never from an option, which would land in the
 * shell history.
 */

export const PASSPHRASE_ENV = 'LETTERDESK_ARCHIVE_PASSPHRASE';

/** Asks for a passphrase; null when there is no terminal to ask on. */
export type PassphrasePrompt = (question: string) => Promise<string | null>;

/** The terminal prompt, with the typing hidden. */
export const ttyPrompt: PassphrasePrompt = async (question) => {
  const stdin = process.stdin;
  if (!stdin.isTTY || !process.stderr.isTTY) return null;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = '';
      const onData = (chunk: string) => {
        for (const char of chunk) {
          if (char === '\r' || char === '\n') {
            stdin.off('data', onData);
            process.stderr.write('\n');
            resolve(typed);
            return;
          }
          if (char === '\u0003') {
            stdin.off('data', onData);
            reject(new CliFailure('cancelled.'));
            return;
          }
          typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
};

async function passphraseFor(prompt: PassphrasePrompt, purpose: 'export' | 'import'): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  const first = await prompt(purpose === 'export' ? 'Passphrase for the archive: ' : 'Passphrase of the archive: ');
  if (first === null) throw new CliFailure(`a passphrase is needed: set ${PASSPHRASE_ENV} or run the command in a terminal.`);
  if (purpose === 'export') {
    if (first.length < MIN_PASSPHRASE_LENGTH) throw new CliFailure(`the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    const again = await prompt('The same passphrase again: ');
    if (again !== first) throw new CliFailure('the two passphrases differ; nothing was written.');
  }
  return first;
}

const TABLE_NOUNS: Record<string, string> = {
  recipients: 'recipients',
  recipient_tags: 'tags',
  templates: 'templates',
  template_variants: 'template texts',
  facts: 'facts',
  images: 'images',
  organisation: 'organisation',
  signers: 'signers',
  endorsers: 'endorsers',
  campaigns: 'campaigns',
  campaign_signers: 'campaign signers',
  campaign_endorsers: 'campaign endorsers',
  drafts: 'drafts',
  contact_events: 'contact events',
  attachments: 'attachments',
  activity_log: 'activity log',
  settings: 'settings',
};

export function reportLines(report: MergeReport): string[] {
  const t = report.totals;
  const lines = [`${t.added} added, ${t.updated} updated, ${t.keptLocal} kept (theirs was older), ${t.unchanged} unchanged, ${t.conflicts} conflicts`];
  for (const row of report.tables) {
    if (row.added + row.updated + row.keptLocal + row.conflicts === 0) continue;
    lines.push(
      `  ${(TABLE_NOUNS[row.table] ?? row.table).padEnd(20)} added ${row.added}, updated ${row.updated}, kept yours ${row.keptLocal}, conflicts ${row.conflicts}`,
    );
  }
  if (report.notes.length > 0) lines.push('Details:', ...report.notes.map((n) => `  - ${n.description}`));
  if (report.notesLeftOut > 0) lines.push(`  ... and ${report.notesLeftOut} more`);
  return lines;
}

function existingFile(file: string): string {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) throw new CliFailure(`cannot read ${file}: no such file.`);
  return resolved;
}

export function archiveCommands(prompt: PassphrasePrompt = ttyPrompt): RegisterCommands {
  return (program: Command, ctx: CliContext) => {
    const archive = program.command('archive').description('move a workspace: export it as one .letterdesk file, or import one').exitOverride();

    archive
      .command('export')
      .description('write the whole workspace (data, attachments, images) to one .letterdesk archive')
      .argument('<file>', 'the archive to write')
      .option('--encrypt', `encrypt it with a passphrase (from ${PASSPHRASE_ENV}, or asked)`)
      .exitOverride()
      .action(async (file: string, opts: { encrypt?: boolean }) => {
        const passphrase = opts.encrypt ? await passphraseFor(prompt, 'export') : null;
        if (passphrase !== null && passphrase.length < MIN_PASSPHRASE_LENGTH)
          throw new CliFailure(`the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters.`);
        // The file named on the command line takes the place of the desktop's save dialog.
        const written = await ctx.withWorkspace((ws) => connect(ws, { chooseArchiveSaveFile: async () => path.resolve(file) })('archive.save', { passphrase }));
        const rows = Object.values(written.counts).reduce((a, b) => a + b, 0);
        ctx.print(
          { file: written.file, bytes: written.bytes, encrypted: passphrase !== null, counts: written.counts },
          `Exported the workspace to ${written.file} (${rows} rows, ${written.bytes} bytes${passphrase ? ', encrypted' : ''})`,
        );
      });

    archive
      .command('import')
      .description('import a .letterdesk archive: merged by id (the newer change wins), with a report; a backup is taken first')
      .argument('<file>', 'the archive to import')
      .option('--dry-run', 'check the archive and show what would change; write nothing')
      .option('--replace', 'the workspace is empty: make it an exact copy of the archive')
      .exitOverride()
      .action(async (file: string, opts: { dryRun?: boolean; replace?: boolean }) => {
        const source = existingFile(file);
        const mode = opts.replace ? 'replace' : 'merge';
        const outcome = await ctx.withWorkspace(async (ws) => {
          // The file named on the command line takes the place of the desktop's open dialog.
          const run = connect(ws, { chooseArchiveFile: async () => source });
          const chosen = (await run('archive.choose', {})).file;
          if (!chosen) throw new CliFailure(`cannot read ${file}: no such file.`);
          const passphrase = chosen.encrypted ? await passphraseFor(prompt, 'import') : null;
          if (!opts.dryRun) return { applied: await run('archive.apply', { uploadId: chosen.uploadId, passphrase, mode }) };
          try {
            return { preview: await run('archive.preview', { uploadId: chosen.uploadId, passphrase }) };
          } finally {
            await run('archive.discard', { uploadId: chosen.uploadId });
          }
        });
        if (outcome.preview) {
          const how = outcome.preview.workspaceEmpty
            ? 'This workspace is empty: importing would make it a copy of the archive.'
            : 'Importing would merge it into this workspace:';
          ctx.print(outcome.preview, [`Dry run: nothing written. ${how}`, ...reportLines(outcome.preview.report)].join('\n'));
          return;
        }
        const result = outcome.applied;
        const undo = result.undoBackup;
        ctx.print(
          result,
          [
            `Imported ${path.basename(source)} (${mode === 'replace' ? 'replaced the empty workspace' : 'merged'}).`,
            ...reportLines(result.report),
            `To undo, run: letterdesk restore ${undo}`,
          ].join('\n'),
        );
      });
  };
}

export const registerArchiveCommands: RegisterCommands = archiveCommands();
