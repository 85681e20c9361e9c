import fs from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import type { KeyStore, KeyringUnavailable } from './core/security/key-store';

/*
 * The desktop app's KeyStore: the passphrase encrypted with Electron's
 * safeStorage (Keychain on macOS, DPAPI on Windows, libsecret or KWallet on
 * Linux) in `remembered-passphrases.json` under the app's user-data folder.
 *
 * On Linux without a keyring daemon, safeStorage "works" with a password
 * built into Chromium (backend `basic_text`): anyone with the disk could
 * decrypt that file. There, and whenever the backend is unknown, nothing is
 * stored, and the UI says why (`no_os_keyring`).
 *
 * Thin on purpose: it needs the Electron binary, which these build machines
 * cannot download, so it is typechecked but not run here. The logic that
 * uses a KeyStore is tested under Node with memoryKeyStore / noKeyStore.
 */

const FILE_NAME = 'remembered-passphrases.json';
const TRUSTED_LINUX_BACKENDS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

type Entries = Record<string, string>;

export function safeStorageKeyStore(userDataDir: string, platform: NodeJS.Platform = process.platform): KeyStore {
  const file = path.join(userDataDir, FILE_NAME);

  const unavailable = (): KeyringUnavailable | null => {
    if (!safeStorage.isEncryptionAvailable()) return 'no_os_keyring';
    if (platform === 'linux' && !TRUSTED_LINUX_BACKENDS.has(safeStorage.getSelectedStorageBackend())) return 'no_os_keyring';
    return null;
  };

  const read = (): Entries => {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Entries) : {};
    } catch {
      return {};
    }
  };

  const write = (entries: Entries): void => {
    const part = `${file}.part`;
    fs.mkdirSync(userDataDir, { recursive: true });
    fs.writeFileSync(part, JSON.stringify(entries), { mode: 0o600 });
    fs.renameSync(part, file);
  };

  return {
    unavailable,
    load(dataDir) {
      if (unavailable()) return null;
      const sealed = read()[path.resolve(dataDir)];
      if (typeof sealed !== 'string') return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null; // sealed by another user or keyring: type it again
      }
    },
    save(dataDir, passphrase) {
      if (unavailable()) throw new Error('There is no OS keyring to keep the passphrase in.');
      write({ ...read(), [path.resolve(dataDir)]: safeStorage.encryptString(passphrase).toString('base64') });
    },
    forget(dataDir) {
      const entries = read();
      if (!(path.resolve(dataDir) in entries)) return;
      delete entries[path.resolve(dataDir)];
      write(entries);
    },
  };
}
