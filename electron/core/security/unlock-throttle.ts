/*
 * Growing delays after wrong passphrases, enforced in main: the first two
 * mistakes are free (typos happen), then 1 s, 2 s, 4 s ... up to 30 s between
 * attempts. Someone who copied the file can try passphrases offline anyway;
 * this is against guessing at an unlocked-looking laptop, and keeps the
 * message honest ("try again in 8 s") instead of silently slow. The count is
 * kept in a file beside the database, so quitting and restarting the app (or
 * running the CLI) does not reset it.
 */

export const FREE_ATTEMPTS = 2;
export const MAX_DELAY_MS = 30_000;

export interface UnlockThrottle {
  /** Milliseconds to wait before the next attempt is allowed; 0 when it may go ahead. */
  waitMs(): number;
  /** Records a wrong passphrase; returns the wait before the next attempt. */
  failed(): number;
  /** Records a right passphrase: the count starts again. */
  succeeded(): void;
}

/** The delay after `failures` wrong passphrases in a row. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS - 1));
}

/** What the throttle remembers: wrong passphrases in a row, and when the next try is allowed (ms since the epoch). */
export interface ThrottleState {
  failures: number;
  allowedAt: number;
}

/** Where the state is kept between runs (a file beside the database); in memory when absent. */
export interface ThrottleStore {
  load(): ThrottleState | null;
  save(state: ThrottleState): void;
}

export function createUnlockThrottle(now: () => number = Date.now, store?: ThrottleStore): UnlockThrottle {
  // Read again on every question: the CLI and the app may share the workspace, and a restart must not reset the count.
  let memory: ThrottleState = { failures: 0, allowedAt: 0 };
  const load = (): ThrottleState => (store ? (store.load() ?? { failures: 0, allowedAt: 0 }) : memory);
  const save = (state: ThrottleState) => (store ? store.save(state) : (memory = state));
  return {
    waitMs: () => Math.max(0, load().allowedAt - now()),
    failed() {
      const failures = load().failures + 1;
      const delay = delayAfter(failures);
      save({ failures, allowedAt: now() + delay });
      return delay;
    },
    succeeded() {
      if (load().failures > 0) save({ failures: 0, allowedAt: 0 });
    },
  };
}
