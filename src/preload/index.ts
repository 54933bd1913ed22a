// The preload: exposes `window.reelforge` (see create-bridge.ts) and nothing else — never
// ipcRenderer, never an IPC event object. Bundled to CommonJS because the window is sandboxed.
import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadBridge } from './create-bridge.js';

contextBridge.exposeInMainWorld('reelforge', createPreloadBridge(ipcRenderer));
