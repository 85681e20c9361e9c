import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_GROUPS, groupsFor } from '../../../electron/cli-commands/command-groups';
import type { CliContext } from '../../../electron/cli-context';
import { createCliSecrets } from '../../../electron/cli-secrets';

/*
 * The CLI loads only the command group a command belongs to, by the names in
 * COMMAND_GROUPS: they must be exactly the commands each module registers,
 * or a command would be missing when it runs.
 */

const ctx: CliContext = {
  withWorkspace: () => Promise.reject(new Error('not in this test')),
  print: () => undefined,
  dataDir: () => '/nowhere',
};

describe('CLI command groups', () => {
  it('name exactly the top-level commands each group module registers, each command in one group', async () => {
    const seen: string[] = [];
    for (const group of COMMAND_GROUPS) {
      const program = new Command('letterdesk');
      (await group.load())(program, ctx, createCliSecrets({ env: {} }));
      const registered = program.commands.map((c) => c.name());
      expect(registered.sort()).toEqual([...group.commands].sort());
      seen.push(...registered);
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('loads the one group of the command, after global options, and every group for help or an unknown command', () => {
    const only = (argv: string[]) => groupsFor(argv).map((g) => g.commands[0]);
    expect(only(['--data', 'recipients', '--json', 'status', '--campaign', 'x'])).toEqual(['track']);
    expect(only(['recipients', 'list'])).toEqual(['recipients']);
    expect(only(['start-fresh'])).toEqual(['doctor']);
    expect(groupsFor(['--help'])).toHaveLength(COMMAND_GROUPS.length);
    expect(groupsFor([])).toHaveLength(COMMAND_GROUPS.length);
    expect(groupsFor(['no-such-command'])).toHaveLength(COMMAND_GROUPS.length);
  });
});
