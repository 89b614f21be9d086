import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { isMenuCommandId, type MenuCommandId, type SamkartBridge } from '../../shared/api/bridge.ts';
import type { OpenResult } from '../../shared/api/results.ts';
import { channels } from '../main/channels.ts';
import { createBridgeApi, encodeApiError, invokeFailed, unwrapEnvelope } from './bridgeApi.ts';

/**
 * The sandboxed preload, bundled into one CommonJS file. It puts exactly one object on the page,
 * `window.samkart`: the API contract's methods, a menu-command listener and opening a dropped
 * file. No ipcRenderer, no event objects, no process, no Node: the page can reach nothing else.
 */
const bridge: SamkartBridge = {
  api: createBridgeApi((method, args) => ipcRenderer.invoke(channels.call, method, args)),

  onMenuCommand(listener: (command: MenuCommandId) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
    // Only the command id reaches the page, and only ids the bridge knows.
    const handler = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommandId(command)) listener(command);
    };
    ipcRenderer.on(channels.menu, handler);
    return () => {
      ipcRenderer.removeListener(channels.menu, handler);
    };
  },

  openDroppedFile(file: unknown): Promise<OpenResult> {
    let path: string;
    try {
      // Only a File the user dropped (or picked) has a path; one made in script has none.
      path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]);
    } catch {
      path = '';
    }
    if (!path) return Promise.reject(encodeApiError({ key: 'error.invalidCall', detail: 'not a file from disk' }));
    return ipcRenderer.invoke(channels.openDropped, path).then(unwrapEnvelope, invokeFailed) as Promise<OpenResult>;
  },
};

contextBridge.exposeInMainWorld('samkart', bridge);
