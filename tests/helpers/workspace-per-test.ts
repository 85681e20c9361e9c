import fs from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '../../electron/core/api/dispatch';
import { makeTempDir, openTempWorkspace, type TempWorkspace } from './temp-workspace';

/* Temp folders and workspaces tied to vitest's hooks: made for a test, removed after it. Kept apart from temp-workspace.ts so scripts run by tsx can use that one. */

/** Temp folders made during a test file, removed after each test. */
export function tempDirsRemovedAfterEach(afterEach: (fn: () => void) => void): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = makeTempDir();
    dirs.push(dir);
    return dir;
  };
}

/** Opens real workspaces in temp folders on demand; all of them are closed and removed after each test. */
export function tempWorkspacesRemovedAfterEach(): () => Promise<TempWorkspace> {
  const open: TempWorkspace[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.cleanup();
  });
  return async () => {
    const t = await openTempWorkspace();
    open.push(t);
    return t;
  };
}

/**
 * A fresh real workspace for every test of the file (opened before each test,
 * removed after it), and `ok(name, input)`: an API call through `dispatch`
 * that returns the data or throws with the operation's message.
 */
export function workspaceForEachTest(): { t: TempWorkspace; ok: <T>(name: string, input: unknown) => Promise<T> } {
  let current: TempWorkspace | null = null;
  beforeEach(async () => {
    current = await openTempWorkspace();
  });
  afterEach(() => {
    current?.cleanup();
    current = null;
  });
  const open = (): TempWorkspace => {
    if (!current) throw new Error('The test workspace exists only while a test runs.');
    return current;
  };
  const t: TempWorkspace = {
    get dir() {
      return open().dir;
    },
    get workspace() {
      return open().workspace;
    },
    get handlers() {
      return open().handlers;
    },
    cleanup: () => open().cleanup(),
  };
  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(t.handlers, name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
    return result.data as T;
  };
  return { t, ok };
}
