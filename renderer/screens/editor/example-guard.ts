import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/*
 * The first edit of an example template stops before it changes anything:
 * while the holder's guard is active, a transaction that would change the
 * text is dropped and its `onBlocked()` called, so the editor can offer to make a copy
 * first. Selection and scrolling still work: the example stays readable.
 */
export interface EditGuard {
  active: () => boolean;
  onBlocked: () => void;
}

/** The guard in force, read at each transaction: the editor is made once, the guard changes with its props. */
export class GuardHolder {
  constructor(private current: EditGuard | undefined) {}
  set(guard: EditGuard | undefined): void {
    this.current = guard;
  }
  get(): EditGuard | undefined {
    return this.current;
  }
}

export function exampleGuard(holder: GuardHolder): Extension {
  return Extension.create({
    name: 'exampleGuard',
    addProseMirrorPlugins() {
      return [
        new Plugin({
          filterTransaction: (tr) => {
            const guard = holder.get();
            if (!tr.docChanged || !guard?.active()) return true;
            guard.onBlocked();
            return false;
          },
        }),
      ];
    },
  });
}
