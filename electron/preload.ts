import { contextBridge, ipcRenderer } from 'electron';
import type { DesktopBridge } from '../shared/api/client';
import { OPERATION_NAMES, channelFor } from '../shared/api/operations';

/*
 * The only thing the renderer gets from the desktop shell: one named function
 * per contract operation, each bound to its own channel. No ipcRenderer, no
 * generic invoke, no Node.
 */
const bridge = Object.fromEntries(OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)])) as DesktopBridge;

contextBridge.exposeInMainWorld('letterdesk', bridge satisfies DesktopBridge);
