/*
 * Growing delays after wrong passphrases, enforced in main: the first two
 * mistakes are free (typos happen), then 1 s, 2 s, 4 s ... up to 30 s between
 * attempts. Someone who copied the file can try passphrases offline anyway;
 * this is against guessing at an unlocked-looking laptop, and keeps the
 * message honest ("try again in 8 s") instead of silently slow.
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

export function createUnlockThrottle(now: () => number = Date.now): UnlockThrottle {
  let failures = 0;
  let allowedAt = 0;
  return {
    waitMs: () => Math.max(0, allowedAt - now()),
    failed() {
      failures += 1;
      const delay = delayAfter(failures);
      allowedAt = now() + delay;
      return delay;
    },
    succeeded() {
      failures = 0;
      allowedAt = 0;
    },
  };
}
