import { useEffect, useState } from 'react';

/** After the last keystroke: save once typing pauses for this long… */
export const AUTOSAVE_DELAY_MS = 1000;
/** …but never leave changes unsaved for longer than this while typing goes on. */
export const AUTOSAVE_MAX_WAIT_MS = 2000;

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'error'; error: unknown };

interface AutosaveOptions<S> {
  /** Saves one snapshot; resolves with when it was saved. */
  save: (snapshot: S) => Promise<Date>;
  /** Called synchronously when unsaved changes are flushed (e.g. to keep them in a cache for the next screen). */
  remember?: (snapshot: S) => void;
  /** Called when a save started on leaving the screen fails, as nobody sees the status any more. */
  onOrphanError?: (error: unknown) => void;
}

/**
 * The saving engine, free of React: saves run one at a time, the newest
 * snapshot wins, a failed snapshot is kept for "retry" or the next edit.
 */
function createAutosaver<S>(initial: AutosaveOptions<S>, setStatus: (status: SaveStatus) => void) {
  const options = { current: initial };
  let pending: S | null = null;
  let firstChangeAt: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let mounted = true;

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const run = (): Promise<void> => {
    clearTimer();
    // One save at a time: the newest snapshot goes once the current one is done.
    if (inFlight) return inFlight.then(run);
    const snapshot = pending;
    if (snapshot === null) return Promise.resolve();
    pending = null;
    firstChangeAt = null;
    setStatus({ state: 'saving' });
    inFlight = options.current
      .save(snapshot)
      .then(
        (at) => {
          if (pending === null) setStatus({ state: 'saved', at });
        },
        (error: unknown) => {
          pending ??= snapshot;
          setStatus({ state: 'error', error });
          if (!mounted) options.current.onOrphanError?.(error);
        },
      )
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };

  return {
    change(snapshot: S) {
      pending = snapshot;
      const now = Date.now();
      firstChangeAt ??= now;
      setStatus({ state: 'saving' });
      clearTimer();
      timer = setTimeout(() => void run(), Math.max(0, Math.min(AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS - (now - firstChangeAt))));
    },
    /** Saves what is waiting now; resolves once saved or failed. */
    flush(): Promise<void> {
      if (pending !== null) options.current.remember?.(pending);
      return run();
    },
    retry: () => void run(),
    dirty: () => pending !== null || inFlight !== null,
    setMounted(value: boolean) {
      mounted = value;
    },
    /** The newest callbacks (they close over the latest props). */
    setOptions(next: AutosaveOptions<S>) {
      options.current = next;
    },
  };
}

/**
 * Autosave for one editor: `change(snapshot)` after every edit. Leaving the
 * component (tab or screen switch) flushes at once; closing the window with
 * changes not yet saved starts the save and asks the browser to warn.
 */
export function useAutosave<S>(options: AutosaveOptions<S>) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [saver] = useState(() => createAutosaver(options, setStatus));
  useEffect(() => saver.setOptions(options));

  useEffect(() => {
    saver.setMounted(true);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.dirty()) return;
      // Start the save now (the desktop bridge and a keep-alive request outlive the page), and ask the browser to warn.
      void saver.flush();
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      saver.setMounted(false);
      void saver.flush();
    };
  }, [saver]);

  return { status, change: saver.change, flush: saver.flush, retry: saver.retry };
}
