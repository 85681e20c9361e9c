import { createHandlers, wrapWriteOperations, type HandlerDeps } from '../api/create-handlers';
import { createBackupScheduler, type BackupScheduler } from '../backups';
import type { Handlers } from '../api/handler-types';
import { DatabaseKey } from '../db/cipher';
import { Workspace, type WorkspaceOptions } from './workspace';

/**
 * What the desktop app and browser mode run: the workspace, its API handlers,
 * and the automatic backups (one at start when the newest is over a day old,
 * then at most every 30 minutes while data changes).
 */
export interface AppSession {
  workspace: Workspace;
  handlers: Handlers;
  backups: BackupScheduler;
  close(): void;
}

export async function openAppSession(options: WorkspaceOptions, deps: HandlerDeps = {}): Promise<AppSession> {
  // A passphrase remembered in the OS keyring (desktop only) opens an encrypted workspace at start.
  const remembered = deps.keyStore?.unavailable() === null ? deps.keyStore.load(options.dataDir) : null;
  const workspace = await Workspace.open({ ...options, key: options.key ?? (remembered ? new DatabaseKey(remembered) : null) });
  const backups = createBackupScheduler({ workspace });
  // Only a healthy workspace is backed up: a copy of a damaged one could push
  // good backups out of the retention window.
  if (workspace.status().state === 'ready') void backups.atStartup();
  const handlers = notifyOnWrites(createHandlers(workspace, deps), () => backups.noteChange());
  return {
    workspace,
    handlers,
    backups,
    close() {
      backups.stop();
      workspace.close();
    },
  };
}

/** Wraps every operation that may change data so that `onWrite` runs after it succeeds. */
export function notifyOnWrites(handlers: Handlers, onWrite: () => void): Handlers {
  return wrapWriteOperations(handlers, (handler) => async (input) => {
    const result = await handler(input);
    onWrite();
    return result;
  });
}
