import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  API_CALLS,
  API_EVENTS,
  ipcChannelForCall,
  ipcChannelForEvent,
  type ApiCallName,
  type ApiEnvelope,
} from '#shared/api-contract.js';
import type { DesktopRuntime } from '../../desktop-runtime.js';
import { dispatchApiCall } from '../api/dispatch.js';
import type { AppLocation } from './app-location.js';
import { isTrustedSender } from './sender-check.js';

const FORBIDDEN: ApiEnvelope<never> = {
  ok: false,
  error: { kind: 'forbidden', message: 'this page may not call the Reelforge API' },
};

export interface IpcApiOptions {
  readonly runtime: Pick<DesktopRuntime, 'handlers' | 'subscribe'>;
  readonly location: AppLocation;
  readonly window: () => BrowserWindow | undefined;
}

function senderIsTrusted(event: IpcMainInvokeEvent, options: IpcApiOptions): boolean {
  const window = options.window();
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      senderId: event.sender.id,
      mainWindowId: window && !window.isDestroyed() ? window.webContents.id : undefined,
      frame: frame ? { url: frame.url, isTopFrame: frame.parent === null } : null,
    },
    options.location,
  );
}

/**
 * One `ipcMain.handle` per call of the contract, each answering an ApiEnvelope (never a thrown
 * error, which Electron would mangle), plus every runtime event forwarded to the window.
 * Returns a function that removes both.
 */
export function registerIpcApi(options: IpcApiOptions): () => void {
  const names = Object.keys(API_CALLS) as ApiCallName[];
  for (const name of names) {
    ipcMain.handle(ipcChannelForCall(name), (event, payload: unknown) =>
      senderIsTrusted(event, options) ? dispatchApiCall(options.runtime.handlers, name, payload) : FORBIDDEN,
    );
  }
  const unsubscribe = options.runtime.subscribe((event, payload) => {
    const window = options.window();
    if (window && !window.isDestroyed() && API_EVENTS.includes(event)) {
      window.webContents.send(ipcChannelForEvent(event), payload);
    }
  });
  return () => {
    unsubscribe();
    for (const name of names) ipcMain.removeHandler(ipcChannelForCall(name));
  };
}
