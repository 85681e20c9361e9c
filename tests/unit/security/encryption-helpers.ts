import fs from 'node:fs';
import path from 'node:path';
import { createHandlers, type HandlerDeps } from '../../../electron/core/api/create-handlers';
import { dispatch } from '../../../electron/core/api/dispatch';
import type { Handlers } from '../../../electron/core/api/handler-types';
import { Workspace } from '../../../electron/core/workspace/workspace';
import { DatabaseKey, keyForFile } from '../../../electron/core/db/cipher';

/** Calls an operation through dispatch (input parsed by the contract); throws on failure. */
export async function ok<T>(handlers: Handlers, name: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.data as T;
}

export async function open(dataDir: string, passphrase?: string, deps: HandlerDeps = {}) {
  const workspace = await Workspace.open({ dataDir, key: passphrase ? new DatabaseKey(passphrase) : null });
  return { workspace, handlers: createHandlers(workspace, deps) };
}

/** Every file under `dir`, recursively. */
export function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? allFiles(full) : [full];
  });
}

/** The files under `dir` whose bytes contain any of `needles`. */
export function filesContaining(dir: string, needles: (string | Buffer)[]): string[] {
  return allFiles(dir).filter((file) => {
    const bytes = fs.readFileSync(file);
    return needles.some((needle) => bytes.includes(typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle));
  });
}

export function recipientNames(workspace: Workspace): string[] {
  return workspace.db().prepare('SELECT name FROM recipients ORDER BY name').pluck().all() as string[];
}

/** The key `passphrase` gives for `file`: derived with the salt the file carries (and the old scheme, tried last). */
export function keyFromPassphrase(file: string, passphrase: string): Promise<DatabaseKey> {
  return keyForFile(new DatabaseKey(passphrase), file);
}
