import { keyForFile, type DatabaseKey } from '../db/cipher';
import { newKdf, sameKdf } from '../db/key-derivation';
import type { Workspace } from '../workspace/workspace';
import { readMarker, writeMarker } from './encryption-marker';
import { rekeySetAside } from './plain-copies';
import { isRekeying, rekeyWorkspace } from './rekey-workspace';

/*
 * From the passphrase a user gives to the key that opens the workspace, and
 * back in step after opening: a workspace of the old scheme (SQLCipher's
 * PBKDF2 over the passphrase) moves to the raw scrypt key, and a marker that
 * no longer names the key in force is rewritten.
 */

/**
 * The key to open the workspace's files with: `given`'s passphrase, derived
 * as the marker says, and also with the database file's own salt when that
 * differs (a passphrase change that stopped between writing the marker and
 * swapping the file in, or a marker this version cannot read). The old
 * scheme is always tried last (see DatabaseKey.candidates).
 */
export async function workspaceKey(dataDir: string, databaseFile: string, given: DatabaseKey): Promise<DatabaseKey> {
  const marker = readMarker(dataDir);
  let key = given;
  if (marker?.kdf) key = await key.derive(marker.kdf);
  return marker?.oldScheme ? key : keyForFile(key, databaseFile);
}

/**
 * Right after the workspace opened with a key: one of the old scheme is
 * moved to a raw key with a fresh salt (a passphrase change to the same
 * passphrase, crash-safe, backups and databases set aside included); with a
 * raw key, a marker that names another derivation is rewritten. A move that
 * fails leaves the workspace open on the old scheme, to be moved at the
 * next unlock; it never fails the opening.
 */
export async function settleWorkspaceKey(workspace: Workspace): Promise<void> {
  const inForce = workspace.databaseKey();
  const { dataDir } = workspace;
  // A passphrase change or a move under way reopens the workspace on its way: that opening is part of it.
  if (!inForce || workspace.status().state !== 'ready' || isRekeying(dataDir)) return;
  if (inForce.kdf) {
    const marker = readMarker(dataDir);
    if (!marker?.kdf || !sameKdf(marker.kdf, inForce.kdf)) writeMarker(dataDir, inForce.kdf);
    return;
  }
  try {
    const next = await inForce.derive(newKdf());
    await rekeyWorkspace(workspace, next);
    rekeySetAside(dataDir, inForce, next, workspace.options.nativeBinding);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    console.error(`letterdesk: the workspace stays on the old key scheme for now (${why}); it moves to the new one at the next unlock.`);
  }
}
