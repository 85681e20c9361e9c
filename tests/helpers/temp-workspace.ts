import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { Workspace, type WorkspaceOptions } from '../../electron/core/workspace/workspace';
import type { Handlers } from '../../electron/core/api/handler-types';

/** A fresh folder under the system temp dir, removed by `cleanup`. */
export function makeTempDir(prefix = 'letterdesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TempWorkspace {
  dir: string;
  workspace: Workspace;
  handlers: Handlers;
  cleanup(): void;
}

/** A real workspace (real SQLite file, migrated by production code) in a temp folder. */
export async function openTempWorkspace(options: Partial<WorkspaceOptions> = {}): Promise<TempWorkspace> {
  const dir = options.dataDir ?? makeTempDir();
  const workspace = await Workspace.open({ ...options, dataDir: dir });
  return {
    dir,
    workspace,
    handlers: createHandlers(workspace),
    cleanup() {
      workspace.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
