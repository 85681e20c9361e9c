/*
 * Remembering the passphrase between runs. Only the desktop app can, and only
 * where the operating system keeps secrets for it (Keychain, the Windows
 * credential store, GNOME Keyring or KWallet): see electron/safe-storage-key-store.ts.
 * Where Electron would fall back to its built-in password on Linux, a stored
 * key would be readable by anyone with the disk, so it is not stored and the
 * user is told why. Browser mode and the CLI never remember it.
 */

/** Why a passphrase cannot be remembered here; null when it can. */
export type KeyringUnavailable = 'no_os_keyring' | 'not_in_this_mode';

export interface KeyStore {
  unavailable(): KeyringUnavailable | null;
  /** The remembered passphrase for this data folder, or null. */
  load(dataDir: string): string | null;
  /** Throws when `unavailable()` is not null. */
  save(dataDir: string, passphrase: string): void;
  forget(dataDir: string): void;
}

/** Browser mode, the CLI and tests: nothing is remembered. */
export function noKeyStore(reason: KeyringUnavailable = 'not_in_this_mode'): KeyStore {
  return {
    unavailable: () => reason,
    load: () => null,
    save: () => {
      throw new Error('Letterdesk cannot remember the passphrase here.');
    },
    forget: () => undefined,
  };
}

/** A key store held in memory: stands for a real OS keyring in tests. */
export function memoryKeyStore(): KeyStore & { readonly entries: ReadonlyMap<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    unavailable: () => null,
    load: (dataDir) => entries.get(dataDir) ?? null,
    save: (dataDir, passphrase) => {
      entries.set(dataDir, passphrase);
    },
    forget: (dataDir) => {
      entries.delete(dataDir);
    },
  };
}
