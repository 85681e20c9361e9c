import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The layer boundaries in eslint.config.mjs are allowlists: each probe below
 * is linted as if it were a file of that layer, and must be refused (or, for
 * the last group, accepted) by the real configuration.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'layers/allowed-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/ → Node', 'shared/letter/probe.ts', "import fs from 'node:fs';"],
    ['shared/ → Electron', 'shared/letter/probe.ts', "import { app } from 'electron';"],
    ['shared/ → the core', 'shared/protocol/data/probe.ts', "import { dispatch } from '../../../electron/core/api/dispatch';"],
    ['shared/ → the renderer', 'shared/probe.ts', "import { App } from '../renderer/app';"],
    ['shared/ → an npm library not on its list', 'shared/letter/probe.ts', "import { marked } from 'marked';"],
    ['shared/ → resources outside shared', 'shared/protocol/probe.ts', "import data from '../../resources/examples/x.json';"],
    ['core → Electron', 'electron/core/tracking/probe.ts', "import { dialog } from 'electron';"],
    ['core → the CLI', 'electron/core/tracking/probe.ts', "import { buildProgram } from '../../cli';"],
    ['core → a CLI command group', 'electron/core/probe.ts', "import { x } from '../cli-commands/cli-helpers';"],
    ['core → the server', 'electron/core/api/probe.ts', "export { startServer } from '../../server';"],
    ['core → the IPC binding', 'electron/core/api/probe.ts', "import { bindIpc } from '../../ipc';"],
    ['core → the preload', 'electron/core/probe.ts', "import '../preload';"],
    ['core → main', 'electron/core/probe.ts', "const main = require('../main');"],
    ['core → the renderer', 'electron/core/probe.ts', "const ui = await import('../../renderer/app');"],
    ['renderer → the core', 'renderer/screens/probe.tsx', "import { dispatch } from '../../electron/core/api/dispatch';"],
    ['renderer → Node', 'renderer/probe.ts', "import path from 'node:path';"],
    ['renderer → the SQLite driver', 'renderer/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers';"],
    ['renderer → Electron', 'renderer/probe.ts', "import { ipcRenderer } from 'electron';"],
  ])('refuses %s', async (_label, file, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/outside what|not available to|not on .*'s list/);
  });

  it.each([
    ['shared/ → zod and itself', 'shared/letter/probe.ts', "import { z } from 'zod';\nimport { foldForSearch } from '../text/fold';"],
    [
      'core → shared, its own folders and npm libraries',
      'electron/core/tracking/probe.ts',
      "import fs from 'node:fs';\nimport { zip } from 'fflate';\nimport { contract } from '../../../shared/api/contract';\nimport { newId } from '../db/ids';",
    ],
    [
      'renderer → shared and its UI libraries',
      'renderer/screens/probe.tsx',
      "import { Button } from '@mantine/core';\nimport { contract } from '../../shared/api/contract';",
    ],
  ])('accepts %s', async (_label, file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
