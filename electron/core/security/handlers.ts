import type { HandlersFor } from '../api/handler-types';
import type { Workspace } from '../workspace/workspace';
import { getOrganisation } from '../senders/organisation-repo';
import { assertStrongPassphrase } from './passphrase-strength';
import { encryptionOf, type EncryptionDeps } from './workspace-encryption';

/** The organisation's own name: among the first words an attacker tries. None while the workspace cannot be read. */
function organisationWords(workspace: Workspace): string[] {
  if (workspace.status().state !== 'ready') return [];
  const name = getOrganisation(workspace.db()).name;
  return name ? [name] : [];
}

export function securityHandlers(workspace: Workspace, deps: EncryptionDeps = {}): HandlersFor<'security'> {
  const encryption = encryptionOf(workspace, deps);
  return {
    'workspace.unlock': ({ passphrase, remember }) => encryption.unlock(passphrase, remember),
    'workspace.setPassphrase': ({ current, next, remember }) => {
      // Checked before anything else: a weak passphrase is refused without trying the current one.
      assertStrongPassphrase(next, organisationWords(workspace), ['next']);
      return encryption.setPassphrase(current, next, remember);
    },
    'workspace.removePassphrase': ({ current }) => encryption.removePassphrase(current),
    'workspace.rememberPassphrase': ({ remember }) => encryption.remember(remember),
  };
}
