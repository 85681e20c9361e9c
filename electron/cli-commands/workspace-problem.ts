import type { Workspace } from '../core/workspace/workspace';

/** Why the workspace cannot be used, with what to do about it, in one line; empty when it is ready. */
export function describeProblem(workspace: Workspace): string {
  const status = workspace.status();
  if (status.state === 'ready') return '';
  if (status.state === 'locked') {
    return `the workspace at ${status.dataDir} is locked. ${status.detail} Set LETTERDESK_PASSPHRASE, or run the command in a terminal to type it.`;
  }
  const advice =
    status.state === 'newer_version'
      ? ''
      : ' Run "letterdesk start-fresh" to start a fresh workspace; the old file will be kept, untouched, in the damaged/ folder.';
  return `the workspace at ${status.dataDir} could not be opened. ${status.detail}${advice}`;
}
