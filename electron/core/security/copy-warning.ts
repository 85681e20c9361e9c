import type { CopyWarning } from '../../../shared/security/schemas';

/*
 * What to tell the user about a copy written outside the workspace (an
 * archive, a downloaded backup): Letterdesk cannot encrypt it later nor
 * delete it, so it is theirs to look after, ideally on a disk with
 * full-disk encryption.
 */

const FULL_DISK =
  'Keep it only on a disk with full-disk encryption (BitLocker on Windows, FileVault on macOS, LUKS on Linux), and delete it when it is no longer needed.';

export function copyWarning(encrypted: boolean): CopyWarning {
  return encrypted
    ? {
        code: 'encryptedCopy',
        message: `This copy is encrypted, but Letterdesk cannot re-encrypt or delete it later: a passphrase change does not reach it. ${FULL_DISK}`,
      }
    : {
        code: 'plainCopy',
        message: `This copy is not encrypted: anyone who gets the file can read everything in it. ${FULL_DISK}`,
      };
}
