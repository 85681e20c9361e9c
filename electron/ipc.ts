import type { ApiResult } from '../shared/api/errors';
import { OPERATION_NAMES, channelFor } from '../shared/api/operations';
import { dispatch } from './core/api/dispatch';
import type { Handlers } from './core/api/handler-types';

/*
 * Binds each contract operation to its own IPC channel. Written against a
 * minimal `IpcMainLike` instead of importing electron, so it runs in vitest.
 */

export interface IpcEventLike {
  /** Electron's WebFrameMain: `parent` is null for a window's main frame. */
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

const FORBIDDEN: ApiResult<never> = {
  ok: false,
  error: { code: 'unknown_operation', message: 'This window is not allowed to use Letterdesk data.', issues: [] },
};

/**
 * @param isTrustedFrame decides from the sending frame's URL whether it is the
 *   app's own page. Only a main frame is trusted: an iframe is refused even
 *   with the app's own URL, as is any other page.
 */
export function bindIpc(ipc: IpcMainLike, handlers: Handlers, isTrustedFrame: (url: string) => boolean): void {
  for (const name of OPERATION_NAMES) {
    ipc.handle(channelFor(name), async (event, input) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isTrustedFrame(frame.url)) return FORBIDDEN;
      return dispatch(handlers, name, input);
    });
  }
}
