import type { WorkspaceStatus } from '../../../shared/workspace/contract';
import type { OperationOutput } from '../../../shared/api/contract';
import { ApiFailure } from '../../../shared/api/errors';
import type { EncryptionStatus } from '../../../shared/security/schemas';
import { DatabaseKey } from '../db/cipher';
import { newKdf } from '../db/key-derivation';
import type { Workspace } from '../workspace/workspace';
import { noKeyStore, type KeyStore } from './key-store';
import { encryptPlainCopies, findPlainCopies, rekeySetAside, removePlainCopies } from './plain-copies';
import { rekeyWorkspace, type RekeyStep } from './rekey-workspace';
import { throttleFile } from './throttle-file';
import { createUnlockThrottle, type UnlockThrottle } from './unlock-throttle';

export interface EncryptionDeps {
  /** Where the passphrase may be remembered; nothing is remembered without one. */
  keyStore?: KeyStore;
  /** Test seams. */
  now?: () => number;
  onRekeyStep?: (step: RekeyStep) => void;
}

type Refusal = { result: 'wrong_passphrase' | 'wait'; retryInSeconds: number };

/** One per workspace object, so the count of wrong passphrases outlives each API call. */
const perWorkspace = new WeakMap<Workspace, WorkspaceEncryption>();

export function encryptionOf(workspace: Workspace, deps: EncryptionDeps = {}): WorkspaceEncryption {
  let found = perWorkspace.get(workspace);
  if (!found) {
    found = new WorkspaceEncryption(workspace, deps);
    perWorkspace.set(workspace, found);
  }
  return found;
}

/**
 * The passphrase of one workspace: unlocking, setting, changing, removing
 * and remembering it. Every passphrase check goes through one throttle, so
 * guessing through "change passphrase" is as slow as through the unlock screen.
 */
export class WorkspaceEncryption {
  private readonly keyStore: KeyStore;
  private readonly throttle: UnlockThrottle;

  constructor(
    private readonly workspace: Workspace,
    private readonly deps: EncryptionDeps,
  ) {
    this.keyStore = deps.keyStore ?? noKeyStore();
    this.throttle = createUnlockThrottle(deps.now, throttleFile(workspace.dataDir));
  }

  status(): EncryptionStatus {
    const cannotRemember = this.keyStore.unavailable();
    return {
      enabled: this.workspace.databaseKey() !== null || this.workspace.status().state === 'locked',
      remembered: cannotRemember === null && this.keyStore.load(this.workspace.dataDir) !== null,
      cannotRemember,
    };
  }

  /** The workspace status with the encryption state and, when locked, the wait before the next try. */
  workspaceStatus(): WorkspaceStatus {
    const status = this.workspace.status();
    if (status.state !== 'locked') return { ...status, encryption: this.status() };
    return { ...status, encryption: this.status(), retryInSeconds: seconds(this.throttle.waitMs()) };
  }

  async unlock(passphrase: string, remember: boolean): Promise<OperationOutput<'workspace.unlock'>> {
    if (this.workspace.status().state !== 'locked') {
      throw new ApiFailure('conflict', 'The workspace is not locked; there is nothing to unlock.');
    }
    const wait = this.throttle.waitMs();
    if (wait > 0) return { result: 'wait', retryInSeconds: seconds(wait) };
    const key = new DatabaseKey(passphrase);
    await this.workspace.openWithKey(key);
    if (this.workspace.status().state === 'locked') return this.refuse();
    this.throttle.succeeded();
    // Asked to remember where it cannot be: not stored; the status says why.
    if (remember && this.keyStore.unavailable() === null) this.remember(true);
    return { result: 'unlocked', encryption: this.status() };
  }

  async setPassphrase(current: string | undefined, next: string, remember: boolean, removeCopies = false): Promise<OperationOutput<'workspace.setPassphrase'>> {
    this.requireWritable();
    const refusal = this.checkCurrent(current);
    if (refusal) return refusal;
    const previous = this.workspace.databaseKey();
    if (previous?.hasPassphrase(next)) {
      throw new ApiFailure('invalid_input', 'The new passphrase is the same as the current one.', [{ path: ['next'], code: 'samePassphrase' }]);
    }
    // A fresh salt for each new passphrase; the key derived off the main thread.
    const nextKey = await new DatabaseKey(next).derive(newKdf());
    const wasRemembered = this.status().remembered;
    const result = await rekeyWorkspace(this.workspace, nextKey, this.deps.onRekeyStep);
    if (previous) rekeySetAside(this.workspace.dataDir, previous, nextKey, this.workspace.options.nativeBinding);
    // A remembered passphrase follows the change; a new one is remembered only when asked.
    if ((wasRemembered || remember) && this.keyStore.unavailable() === null) this.remember(true);
    const left = encryptPlainCopies(this.workspace.dataDir, nextKey, this.workspace.options.nativeBinding);
    if (removeCopies) removePlainCopies(left);
    return { result: 'done', encryption: this.status(), ...result, plainCopiesLeft: removeCopies ? [] : left.map((c) => c.name) };
  }

  async removePassphrase(current: string): Promise<OperationOutput<'workspace.removePassphrase'>> {
    this.requireWritable();
    if (!this.workspace.databaseKey()) throw new ApiFailure('conflict', 'This workspace has no passphrase.');
    const refusal = this.checkCurrent(current);
    if (refusal) return refusal;
    const previous = this.workspace.databaseKey()!;
    const result = await rekeyWorkspace(this.workspace, null, this.deps.onRekeyStep);
    rekeySetAside(this.workspace.dataDir, previous, null, this.workspace.options.nativeBinding);
    this.keyStore.forget(this.workspace.dataDir);
    return { result: 'done', encryption: this.status(), ...result, plainCopiesLeft: [] };
  }

  /** Deletes the plaintext copies beside the encrypted workspace; the input's `confirm` is the user's consent. */
  removePlainCopies(): OperationOutput<'workspace.removePlainCopies'> {
    this.requireWritable();
    if (!this.workspace.databaseKey()) {
      throw new ApiFailure('conflict', 'This workspace has no passphrase: its copies are kept as they are. Set a passphrase first.');
    }
    return { removed: removePlainCopies(findPlainCopies(this.workspace.dataDir)) };
  }

  /** Keeps (or forgets) the passphrase of the open workspace in the OS keyring. */
  remember(remember: boolean): EncryptionStatus {
    const key = this.workspace.databaseKey();
    if (!remember || !key) {
      this.keyStore.forget(this.workspace.dataDir);
      return this.status();
    }
    const why = this.keyStore.unavailable();
    if (why === 'no_os_keyring') {
      throw new ApiFailure(
        'conflict',
        'This computer has no keyring Letterdesk can trust with the passphrase, so it is not stored. You will type it at each start.',
      );
    }
    if (why) throw new ApiFailure('conflict', 'Letterdesk remembers the passphrase only in the desktop app.');
    this.keyStore.save(this.workspace.dataDir, key.reveal());
    return this.status();
  }

  /** Null when `given` is the passphrase in use (or none is in use); otherwise the refusal to return. */
  private checkCurrent(given: string | undefined): Refusal | null {
    const key = this.workspace.databaseKey();
    if (!key) return null;
    const wait = this.throttle.waitMs();
    if (wait > 0) return { result: 'wait', retryInSeconds: seconds(wait) };
    if (given === undefined || !key.hasPassphrase(given)) return this.refuse();
    this.throttle.succeeded();
    return null;
  }

  private refuse(): Refusal {
    return { result: 'wrong_passphrase', retryInSeconds: seconds(this.throttle.failed()) };
  }

  private requireWritable(): void {
    if (this.workspace.status().state !== 'ready') {
      throw new ApiFailure('workspace_unavailable', 'The passphrase can only be changed while the workspace is open and working normally.');
    }
  }
}

function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}
