import type { Handlers } from '../api/dispatch';
import type { Workspace } from '../workspace/workspace';
import { encryptionOf, type EncryptionDeps } from './workspace-encryption';

type SecurityHandlers = Pick<Handlers, 'workspace.unlock' | 'workspace.setPassphrase' | 'workspace.removePassphrase' | 'workspace.rememberPassphrase'>;

export function securityHandlers(workspace: Workspace, deps: EncryptionDeps = {}): SecurityHandlers {
  const encryption = encryptionOf(workspace, deps);
  return {
    'workspace.unlock': ({ passphrase, remember }) => encryption.unlock(passphrase, remember),
    'workspace.setPassphrase': ({ current, next, remember }) => encryption.setPassphrase(current, next, remember),
    'workspace.removePassphrase': ({ current }) => encryption.removePassphrase(current),
    'workspace.rememberPassphrase': ({ remember }) => encryption.remember(remember),
  };
}
