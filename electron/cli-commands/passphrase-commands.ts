import type { Command } from 'commander';
import type { PassphraseChange } from '../../shared/security/schemas';
import { CliFailure, type CliContext } from '../cli-context';
import type { CliSecrets } from '../cli-secrets';
import { call } from './call';

/*
 * `letterdesk passphrase set|change|remove`: encryption at rest from the
 * command line. The current passphrase comes the way every command gets it
 * (LETTERDESK_PASSPHRASE or the prompt), the new one from
 * LETTERDESK_NEW_PASSPHRASE or typed twice.
 */
export function registerPassphraseCommands(program: Command, ctx: CliContext, secrets: CliSecrets): void {
  const group = program.command('passphrase').description('encrypt the workspace with a passphrase, change it, or remove it').exitOverride();

  group
    .command('set')
    .description('encrypt the workspace and its backups with a new passphrase (it cannot be recovered if lost)')
    .exitOverride()
    .action(async () => {
      if (await secrets.currentPassphrase(ctx.dataDir())) {
        throw new CliFailure('the workspace already has a passphrase; use "letterdesk passphrase change".');
      }
      const next = await secrets.newPassphrase();
      const result = await ctx.withWorkspace((ws) => call(ws, 'workspace.setPassphrase', { next }));
      report(ctx, done(result), 'The workspace is now encrypted. Keep the passphrase safe: without it the data cannot be recovered.');
    });

  group
    .command('change')
    .description('re-encrypt the workspace and its backups with a new passphrase')
    .exitOverride()
    .action(async () => {
      const current = await requireCurrent(ctx, secrets);
      const next = await secrets.newPassphrase();
      const result = await ctx.withWorkspace((ws) => call(ws, 'workspace.setPassphrase', { current, next }));
      report(ctx, done(result), 'The passphrase was changed.');
    });

  group
    .command('remove')
    .description('decrypt the workspace and its backups: anyone with the files can read them again')
    .exitOverride()
    .action(async () => {
      const current = await requireCurrent(ctx, secrets);
      const result = await ctx.withWorkspace((ws) => call(ws, 'workspace.removePassphrase', { current }));
      report(ctx, done(result), 'The passphrase was removed; the workspace and its backups are no longer encrypted.');
    });
}

async function requireCurrent(ctx: CliContext, secrets: CliSecrets): Promise<string> {
  const current = await secrets.currentPassphrase(ctx.dataDir());
  if (!current) throw new CliFailure('the workspace has no passphrase; use "letterdesk passphrase set".');
  return current;
}

function done(result: Outcome): PassphraseChange {
  if (result.result === 'done') return result;
  throw new CliFailure('the passphrase is not right; nothing was changed.');
}

function report(ctx: CliContext, result: PassphraseChange, text: string): void {
  const skipped = result.backupsSkipped.length
    ? `\nwarning: ${result.backupsSkipped.length} backups could not be converted and keep their old passphrase: ${result.backupsSkipped.join(', ')}`
    : '';
  ctx.print(
    { encrypted: result.encryption.enabled, backupsUpdated: result.backupsUpdated, backupsSkipped: result.backupsSkipped },
    `${text}\n${result.backupsUpdated} backups were converted too.${skipped}`,
  );
}

type Outcome = PassphraseChange | { result: 'wrong_passphrase' | 'wait'; retryInSeconds: number };
