import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { dispatch } from '../../electron/core/api/dispatch';
import { DatabaseKey, keyForFile } from '../../electron/core/db/cipher';
import { openDatabase } from '../../electron/core/db/database';
import { deriveRawKey, newKdf } from '../../electron/core/db/key-derivation';
import { rekeyFile } from '../../electron/core/db/rekey';
import { Workspace } from '../../electron/core/workspace/workspace';
import { oldSchemeWorkspace } from '../unit/security/old-scheme';

/*
 * Unlocking (BENCH_ONLY=unlock): the scrypt derivation alone, opening an
 * encrypted workspace with its passphrase (derivation, raw key, checks and
 * migrations), the same file's old scheme (SQLCipher's PBKDF2) for
 * comparison, and the one-off move of an old-scheme workspace at its first
 * unlock. Medians; a busy machine slows them all.
 */

type Report = (name: string, value: number, unit: string, target?: string) => void;

const PASS = 'correct horse battery staple';
const RUNS = 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(run: () => Promise<void> | void): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

export async function benchUnlock(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-unlock-'));
  try {
    const plain = await Workspace.open({ dataDir: dir });
    const result = await dispatch(createHandlers(plain), 'workspace.setPassphrase', { next: PASS });
    if (!result.ok) throw new Error(result.error.message);
    plain.close();

    const derive: number[] = [];
    for (let i = 0; i < RUNS; i++) derive.push(await timed(() => deriveRawKey(PASS, newKdf()).then(() => undefined)));
    report('kdf_scrypt_n16_r8_p1_median', median(derive), 'ms');

    const unlock: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      unlock.push(
        await timed(async () => {
          const workspace = await Workspace.open({ dataDir: dir, key: new DatabaseKey(PASS) });
          if (workspace.status().state !== 'ready') throw new Error('did not unlock');
          workspace.close();
        }),
      );
    }
    report('unlock_new_scheme_median', median(unlock), 'ms', '< 1500 ms');

    // The old scheme's cost on the same data: a copy rekeyed to the passphrase's bytes.
    const old = path.join(dir, 'old-scheme.sqlite');
    fs.copyFileSync(path.join(dir, 'letterdesk.db'), old);
    rekeyFile(old, await keyForFile(new DatabaseKey(PASS), old), new DatabaseKey(PASS));
    const oldOpen: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      oldOpen.push(
        await timed(() => {
          openDatabase(old, { readonly: true, key: new DatabaseKey(PASS) }).close();
        }),
      );
    }
    report('open_old_scheme_pbkdf2_median', median(oldOpen), 'ms');

    // The first unlock of an old-scheme workspace moves it (a backup, the copy rekeyed, the backups rekeyed).
    const move: number[] = [];
    for (let i = 0; i < 3; i++) {
      const oldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'letterdesk-bench-move-'));
      try {
        await oldSchemeWorkspace(oldDir, PASS, ['Ana Antes', 'Bruno Durante']);
        move.push(
          await timed(async () => {
            const workspace = await Workspace.open({ dataDir: oldDir, key: new DatabaseKey(PASS) });
            if (workspace.status().state !== 'ready' || !workspace.databaseKey()?.kdf) throw new Error('did not move');
            workspace.close();
          }),
        );
      } finally {
        fs.rmSync(oldDir, { recursive: true, force: true });
      }
    }
    report('first_unlock_old_scheme_with_move_median', median(move), 'ms');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
