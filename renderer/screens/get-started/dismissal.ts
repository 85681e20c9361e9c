import { useCallback, useSyncExternalStore } from 'react';
import { useWorkspaceStatus } from '../../api/queries';

/*
 * Whether the get-started checklist was put away, per workspace (by its
 * folder) and per machine: kept in the renderer's local storage, since it is
 * a preference of the person at this screen, not data of the workspace.
 */

const PREFIX = 'letterdesk.getStarted.hidden:';
const listeners = new Set<() => void>();
/** The choice when local storage refuses it (private mode): kept until the window closes. */
const memory = new Map<string, boolean>();

function read(key: string): boolean {
  const remembered = memory.get(key);
  if (remembered !== undefined) return remembered;
  try {
    return localStorage.getItem(key) === 'true';
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** [hidden, setHidden]; hidden is null while the workspace's folder is not known yet. */
export function useChecklistHidden(): [boolean | null, (hidden: boolean) => void] {
  const status = useWorkspaceStatus();
  const key = status.data ? PREFIX + status.data.dataDir : null;
  const hidden = useSyncExternalStore(subscribe, () => (key === null ? null : read(key)));
  const setHidden = useCallback(
    (value: boolean) => {
      if (key === null) return;
      memory.set(key, value);
      try {
        if (value) localStorage.setItem(key, 'true');
        else localStorage.removeItem(key);
      } catch {
        // Storage refused: the in-memory choice stands.
      }
      listeners.forEach((l) => l());
    },
    [key],
  );
  return [hidden, setHidden];
}
