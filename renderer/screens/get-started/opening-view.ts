import type { View } from '../../navigation';
import { useChecklistHidden } from './dismissal';
import { useSetupProgress } from './setup-progress';

/*
 * The screen the app opens on: the get-started checklist for a workspace
 * where nothing is set up yet (and the checklist was not put away), else the
 * recipients. Null until that is known, so no screen shows first and then
 * gives way to another.
 */
export function useOpeningView(): View | null {
  const [hidden] = useChecklistHidden();
  const { anyDone, error } = useSetupProgress();
  if (hidden === null) return null;
  if (hidden || error || anyDone === true) return 'recipients';
  return anyDone === false ? 'start' : null;
}

/** Whether the navigation lists the checklist: until it is put away. */
export function useChecklistInNavigation(): boolean {
  const [hidden] = useChecklistHidden();
  return hidden === false;
}
