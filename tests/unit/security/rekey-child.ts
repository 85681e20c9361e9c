import { encryptionOf } from '../../../electron/core/security/workspace-encryption';
import { DatabaseKey } from '../../../electron/core/db/cipher';
import { Workspace } from '../../../electron/core/workspace/workspace';

/*
 * Run by rekey-crash.test.ts in its own process: changes the passphrase of
 * the workspace in LETTERDESK_DATA and kills itself with SIGKILL right after
 * the step named in KILL_AT, like a crash or a power cut at that moment.
 */

const { LETTERDESK_DATA: dataDir, KILL_AT: killAt, FROM: from, TO: to } = process.env;

async function main(): Promise<void> {
  const workspace = await Workspace.open({ dataDir: dataDir!, key: from ? new DatabaseKey(from) : null });
  if (workspace.status().state !== 'ready') throw new Error(`not ready: ${workspace.status().state}`);
  const encryption = encryptionOf(workspace, {
    onRekeyStep: (step) => {
      if (step === killAt) process.kill(process.pid, 'SIGKILL');
    },
  });
  const result = to ? await encryption.setPassphrase(from || undefined, to, false) : await encryption.removePassphrase(from!);
  process.stdout.write(JSON.stringify(result));
  workspace.close();
}

void main();
