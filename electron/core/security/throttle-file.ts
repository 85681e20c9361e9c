import fs from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import type { ThrottleState, ThrottleStore } from './unlock-throttle';

/*
 * The unlock throttle's state in `letterdesk.unlock.json` beside the
 * database: two numbers, no secret. Written to a temp file and renamed, so a
 * crash leaves the old state or the new one. A file that does not parse (or
 * was deleted) counts as "no wrong passphrase yet" — deleting it needs the
 * same access as deleting the database, so it protects nothing further.
 */

export const THROTTLE_FILE = 'letterdesk.unlock.json';

const stateSchema = z.strictObject({ failures: z.number().int().min(0).max(1_000_000), allowedAt: z.number().min(0) });

export function throttleFile(dataDir: string): ThrottleStore {
  const file = path.join(dataDir, THROTTLE_FILE);
  return {
    load(): ThrottleState | null {
      try {
        const parsed = stateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    save(state: ThrottleState): void {
      const temp = `${file}.part`;
      fs.writeFileSync(temp, JSON.stringify(state), { mode: 0o600 });
      fs.renameSync(temp, file);
    },
  };
}
