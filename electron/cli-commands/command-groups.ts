import type { Command } from 'commander';
import type { CliContext } from '../cli-context';
import type { CliSecrets } from '../cli-secrets';

/*
 * The command groups of `letterdesk`, each in its own module, loaded only
 * when one of its commands runs: `letterdesk recipients list` never loads
 * the archive, export or image code (nor, through lazyHandlers, their
 * libraries). `commands` names the top-level commands a group registers; a
 * test checks it against what the module really registers.
 */

export type RegisterGroup = (program: Command, ctx: CliContext, secrets: CliSecrets) => void;

export interface CommandGroup {
  readonly commands: readonly string[];
  load(): Promise<RegisterGroup>;
}

export const COMMAND_GROUPS: readonly CommandGroup[] = [
  { commands: ['recipients'], load: async () => (await import('./recipient-commands')).registerRecipientCommands },
  { commands: ['templates'], load: async () => (await import('./template-commands')).registerTemplateCommands },
  { commands: ['export', 'campaigns'], load: async () => (await import('./campaign-commands')).registerCampaignCommands },
  { commands: ['org', 'signers', 'endorsers'], load: async () => (await import('./sender-commands')).registerSenderCommands },
  { commands: ['track', 'status', 'report'], load: async () => (await import('./tracking-commands')).registerTrackingCommands },
  { commands: ['chaser'], load: async () => (await import('./chaser-commands')).registerChaserCommands },
  { commands: ['archive'], load: async () => (await import('./archive-commands')).registerArchiveCommands },
  { commands: ['backup', 'backups', 'restore'], load: async () => (await import('./backup-commands')).registerBackupCommands },
  { commands: ['passphrase'], load: async () => (await import('./passphrase-commands')).registerPassphraseCommands },
  { commands: ['doctor', 'start-fresh'], load: async () => (await import('./workspace-commands')).registerWorkspaceCommands },
];

/** Global options that take a value, so the value is not taken for the command's name. */
const OPTIONS_WITH_VALUE = new Set(['--data']);

/**
 * The groups that `argv` needs: the one that has its command, or every group
 * when there is none or it is unknown (for --help, and for commander's own
 * "unknown command" message with its suggestions).
 */
export function groupsFor(argv: readonly string[]): readonly CommandGroup[] {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (arg === '--help' || arg === '-h') return COMMAND_GROUPS;
    else if (!arg.startsWith('-')) {
      const group = COMMAND_GROUPS.find((g) => g.commands.includes(arg));
      return group ? [group] : COMMAND_GROUPS;
    }
  }
  return COMMAND_GROUPS;
}
