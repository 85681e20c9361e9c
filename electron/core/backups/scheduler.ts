import { listBackups, takeBackup, type BackupInfo, type BackupSource } from './backup-files';
import { pruneBackups } from './retention';

export interface SchedulerOptions {
  workspace: BackupSource & { readonly dataDir: string };
  now?: () => Date;
  /** Least time between two automatic backups while data changes. */
  intervalMs?: number;
  /** At startup, back up when the newest backup is older than this. */
  maxAgeMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Where failures go; stderr by default. */
  log?: (message: string, error?: unknown) => void;
}

export interface BackupScheduler {
  /** Takes an `auto` backup when none exists or the newest is over 24 h old. Never throws. */
  atStartup(): Promise<BackupInfo | null>;
  /** Call after every successful write. Never throws; the backup happens later, on a timer. */
  noteChange(): void;
  /** Cancels the pending backup; later calls do nothing. */
  stop(): void;
  /** Resolves when no backup is being taken (for tests and for quitting). */
  idle(): Promise<void>;
}

const MINUTE_MS = 60 * 1000;

const defaultSetTimer = (run: () => void, ms: number): unknown => {
  const timer = setTimeout(run, ms);
  timer.unref(); // never keeps a CLI or test process alive
  return timer;
};

/**
 * Automatic backups. After a change, a backup is taken as soon as the last
 * one is `intervalMs` old: right away after a quiet spell, then at most once
 * per interval while changes keep coming. Each backup is followed by pruning.
 * Failures are logged and retried after an interval; nothing is thrown.
 */
export function createBackupScheduler(options: SchedulerOptions): BackupScheduler {
  const { workspace } = options;
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? 30 * MINUTE_MS;
  const maxAgeMs = options.maxAgeMs ?? 24 * 60 * MINUTE_MS;
  const setTimer = options.setTimer ?? defaultSetTimer;
  const clearTimer = options.clearTimer ?? ((handle: unknown) => clearTimeout(handle as NodeJS.Timeout));
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`letterdesk: ${message}`, error ?? ''));

  let lastAttempt: number | null = null;
  let dirty = false;
  let stopped = false;
  let timer: unknown = null;
  let running: Promise<BackupInfo | null> | null = null;

  function schedule(): void {
    if (stopped || timer !== null || running) return;
    const delay = lastAttempt === null ? 0 : Math.max(0, lastAttempt + intervalMs - now().getTime());
    timer = setTimer(() => {
      timer = null;
      void backUp();
    }, delay);
  }

  function backUp(): Promise<BackupInfo | null> {
    if (running) return running;
    dirty = false; // changes made while the backup runs set it again
    running = (async () => {
      try {
        const taken = await takeBackup(workspace, 'auto', now());
        lastAttempt = now().getTime();
        try {
          pruneBackups(workspace.dataDir, now());
        } catch (error) {
          log('pruning old backups failed:', error);
        }
        return taken;
      } catch (error) {
        lastAttempt = now().getTime();
        dirty = true; // try again after an interval
        log('the automatic backup failed; trying again later:', error);
        return null;
      } finally {
        running = null;
        if (dirty) schedule();
      }
    })();
    return running;
  }

  return {
    async atStartup() {
      try {
        if (stopped) return null;
        const newest = listBackups(workspace.dataDir)[0];
        if (newest) {
          const taken = Date.parse(newest.createdAt);
          lastAttempt = Math.min(taken, now().getTime());
          if (now().getTime() - taken <= maxAgeMs) return null;
        }
        return await backUp();
      } catch (error) {
        log('checking for a startup backup failed:', error);
        return null;
      }
    },
    noteChange() {
      try {
        if (stopped) return;
        dirty = true;
        schedule();
      } catch (error) {
        log('scheduling a backup failed:', error);
      }
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
    async idle() {
      while (running) await running;
    },
  };
}
