import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The command line reaches the core through dispatch only: a probe linted as
 * a CLI module is refused when it imports a repository, the database or a
 * domain's handlers, and accepted for the API entry points and the opening
 * of a workspace (eslint.config.mjs, "the command line").
 */

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

describe('the command line boundary', () => {
  it.each([
    ['a repository', 'electron/cli-commands/probe.ts', "import { listSigners } from '../core/senders/signers-repo';"],
    ['the database', 'electron/cli-commands/probe.ts', "import { openDatabase } from '../core/db/database';"],
    ['a domain’s handlers, built by hand', 'electron/cli-commands/probe.ts', "import { trackingHandlers } from '../core/tracking/handlers';"],
    ['a core service', 'electron/cli.ts', "import { renderCampaign } from './core/exports/export-campaign';"],
    ['the SQLite driver', 'electron/cli-commands/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
  ])('refuses %s', async (_label, file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/outside what the command line may import|not on the command line's list/);
  });

  it('accepts dispatch, the lazy handlers, the workspace and shared/', async () => {
    const code = [
      "import { dispatch } from '../core/api/dispatch';",
      "import { lazyHandlers } from '../core/api/lazy-handlers';",
      "import { Workspace } from '../core/workspace/workspace';",
      "import { contract } from '../../shared/api/contract';",
      "import { Command } from 'commander';",
    ].join('\n');
    expect(await boundaryErrors('electron/cli-commands/probe.ts', code)).toEqual([]);
  });
});
