import type { View } from '../../navigation';
import { useChecklistHidden } from './dismissal';
import { doneCount, useSetupProgress } from './setup-progress';

/*
 * The screen the app opens on: the get-started checklist for a workspace
 * where nothing is set up yet (and the checklist was not put away), else the
 * recipients. Null until that is known, so no screen shows first and then
 * gives way to another.
 */
export function useOpeningView(): View | null {
  const [hidden] = useChecklistHidden();
  const { progress, error } = useSetupProgress();
  if (hidden === null) return null;
  if (hidden || error) return 'recipients';
  if (!progress) return null;
  return doneCount(progress) === 0 ? 'start' : 'recipients';
}

/** Whether the navigation lists the checklist: until it is put away. */
export function useChecklistInNavigation(): boolean {
  const [hidden] = useChecklistHidden();
  return hidden === false;
}
