import type { Command } from 'commander';
import type { ApiError } from '../shared/api/errors';
import type { Workspace } from './core/workspace/workspace';

/** A failure the CLI reports as one line on stderr with exit code 1. */
export class CliFailure extends Error {
  /** `refusal`: the core's refusal it comes from, when it does (its code and issues). */
  constructor(
    message: string,
    readonly refusal?: ApiError,
  ) {
    super(message);
  }
}

/**
 * What a group of CLI commands needs from the program, so command groups can
 * live in their own modules (electron/cli-commands/*) and stay testable.
 */
export interface CliContext {
  /**
   * Opens the workspace chosen by --data / LETTERDESK_DATA, runs `run`, closes
   * it. With `allowDamaged`, `run` also gets a workspace that could not be
   * opened (for commands that repair or restore it).
   */
  withWorkspace<T>(run: (workspace: Workspace) => Promise<T>, options?: { allowDamaged?: boolean }): Promise<T>;
  /** Prints `json` with --json, else `text`. */
  print(json: unknown, text: string): void;
  /** The folder of the workspace the command works on. */
  dataDir(): string;
}

export type RegisterCommands = (program: Command, ctx: CliContext) => void;
