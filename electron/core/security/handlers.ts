import type { HandlersFor } from '../api/handler-types';
import type { Workspace } from '../workspace/workspace';
import { encryptionOf, type EncryptionDeps } from './workspace-encryption';

export function securityHandlers(workspace: Workspace, deps: EncryptionDeps = {}): HandlersFor<'security'> {
  const encryption = encryptionOf(workspace, deps);
  return {
    'workspace.unlock': ({ passphrase, remember }) => encryption.unlock(passphrase, remember),
    'workspace.setPassphrase': ({ current, next, remember }) => encryption.setPassphrase(current, next, remember),
    'workspace.removePassphrase': ({ current }) => encryption.removePassphrase(current),
    'workspace.rememberPassphrase': ({ remember }) => encryption.remember(remember),
  };
}
