import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { ApiFailure } from '../shared/api/errors';
import { defaultDataDir } from './core/workspace/data-dir';
import { Workspace } from './core/workspace/workspace';
import { CliFailure, type CliContext } from './cli-context';
import { createCliSecrets, terminalSecretReader, type CliSecrets, type SecretSource } from './cli-secrets';
import { groupsFor } from './cli-commands/command-groups';
import { describeProblem } from './cli-commands/workspace-problem';

/*
 * `letterdesk [--data DIR] [--json] COMMAND`. Every command goes through the
 * same dispatch as the app (electron/cli-commands/call.ts), so validation and
 * messages are identical. Each command group lives in its own module under
 * electron/cli-commands/, loaded only when one of its commands runs.
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

interface GlobalOptions {
  data?: string;
  json?: boolean;
  passphraseFile?: string;
  passphraseFd?: string;
}

function dataDirOf(options: GlobalOptions): string {
  return options.data ? path.resolve(options.data) : defaultDataDir();
}

/** The context every command group gets, for one run: its workspace folder, its output, its passphrases. */
function contextOf(program: Command, io: CliIo, secrets: CliSecrets): CliContext {
  const globals = () => program.opts<GlobalOptions>();
  const dataDir = () => dataDirOf(globals());
  return {
    async withWorkspace(run, options) {
      const workspace = await Workspace.open({ dataDir: dataDir(), key: await secrets.workspaceKey(dataDir()) });
      try {
        const problem = describeProblem(workspace);
        if (problem && !options?.allowDamaged) throw new CliFailure(problem);
        return await run(workspace);
      } finally {
        workspace.close();
      }
    },
    print: (json, text) => io.out(`${globals().json ? JSON.stringify(json, null, 2) : text}\n`),
    dataDir,
  };
}

/** The program for `argv`: with the command group that runs it, or every group for help and unknown commands. */
export async function buildProgram(io: CliIo, argv: readonly string[]): Promise<Command> {
  // The passphrase source of this run: the environment and the terminal of `io` (none for tests unless given).
  const program = new Command('letterdesk');
  const secrets = createCliSecrets({
    env: io.env ?? {},
    readSecret: io.readSecret,
    fromOption: () => ({ file: program.opts<GlobalOptions>().passphraseFile, fd: program.opts<GlobalOptions>().passphraseFd }),
  });
  program
    .description('Letterdesk: letters to governments, recipients and outreach tracking, offline.')
    .option('--data <dir>', "workspace folder (default: LETTERDESK_DATA or the desktop app's own)")
    .option('--json', 'print JSON only on stdout')
    .option('--passphrase-file <file>', "the workspace's passphrase, read from this file (not from the command line, where others could see it)")
    .option('--passphrase-fd <n>', "the workspace's passphrase, read from this open file descriptor, e.g. 3 with 3<secret.txt")
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride();
  const ctx = contextOf(program, io, secrets);
  const registers = await Promise.all(groupsFor(argv).map((group) => group.load()));
  for (const register of registers) register(program, ctx, secrets);
  return program;
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const program = await buildProgram(io, argv);
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
