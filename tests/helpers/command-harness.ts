import { Command, CommanderError } from 'commander';
import { CliFailure, type CliContext, type RegisterCommands } from '../../electron/cli-context';
import { Workspace } from '../../electron/core/workspace/workspace';

/**
 * A group of CLI commands on a commander program and a CliContext built the
 * way electron/cli.ts builds them, against a real workspace folder.
 */
export function commandHarness(dataDir: string, register: RegisterCommands) {
  let out = '';
  let err = '';
  const program = new Command('letterdesk')
    .option('--json')
    .configureOutput({ writeOut: (x) => (out += x), writeErr: (x) => (err += x) })
    .exitOverride();
  const ctx: CliContext = {
    async withWorkspace(run) {
      const ws = await Workspace.open({ dataDir });
      try {
        if (ws.status().state !== 'ready') throw new CliFailure('workspace not ready');
        return await run(ws);
      } finally {
        ws.close();
      }
    },
    print: (json, text) => (out += `${program.opts().json ? JSON.stringify(json) : text}\n`),
    dataDir: () => dataDir,
  };
  register(program, ctx);
  return {
    /** What the command printed on stdout. */
    async run(...args: string[]): Promise<string> {
      out = '';
      err = '';
      await program.parseAsync(args, { from: 'user' });
      return out;
    },
    /** The one-line failure the CLI would print, or the usage error commander printed. */
    async fail(...args: string[]): Promise<string> {
      out = '';
      err = '';
      const error = await program.parseAsync(args, { from: 'user' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error instanceof CliFailure) return error.message;
      if (error instanceof CommanderError) return `usage: ${(err.trim() || error.message).split('\n')[0]}`;
      throw new Error(`expected a failure, got ${String(error)}`);
    },
  };
}
