import { useCallback, useEffect, useRef } from 'react';

/*
 * Where focus goes back to when a dialog closes. Mantine returns it to the
 * element focused when the dialog opened, but a dialog opened from a menu
 * item was opened from something that is gone by then (the menu closed), and
 * focus fell to the page's start. Here the page remembers the last element
 * focused outside any dialog, a menu item standing for its menu's button, and
 * a dialog sends focus there on closing, unless focus has already gone
 * somewhere on purpose (a new screen's title, say).
 */

let lastOutside: HTMLElement | null = null;

function standIn(element: HTMLElement): HTMLElement {
  const menu = element.closest<HTMLElement>('[role="menu"]');
  if (menu?.id) {
    const trigger = document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`);
    if (trigger) return trigger;
  }
  return element;
}

if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || target.closest('[role="dialog"]')) return;
    lastOutside = standIn(target);
  });
}

function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active.closest('[role="dialog"]') !== null;
}

/** Call with the dialog's `opened`; the returned function, called after it closes, puts focus back. */
export function useFocusReturn(opened: boolean): () => void {
  const opener = useRef<HTMLElement | null>(null);
  // The dialog may already hold focus here; focus inside a dialog is never remembered, so this is still its opener.
  useEffect(() => {
    if (opened) opener.current = lastOutside;
  }, [opened]);
  return useCallback(() => {
    const element = opener.current;
    // After Mantine's closing transition has released focus.
    window.setTimeout(() => {
      if (element?.isConnected && focusIsLost()) element.focus();
    }, 0);
  }, []);
}
