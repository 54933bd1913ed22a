// Builds `window.reelforge` from the contract, without touching Electron, so it can be tested
// under Node with any object that behaves like ipcRenderer.
import {
  API_CALLS,
  API_EVENTS,
  eventSubscriptionName,
  ipcChannelForCall,
  ipcChannelForEvent,
  type ApiCallName,
  type ApiEnvelope,
  type ReelforgeBridge,
} from '#shared/api-contract.js';
import { electronMediaUrl } from '#shared/loopback-protocol.js';
import { isMenuCommand, MENU_CHANNEL, type MenuCommand } from '#shared/menu-commands.js';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** `window.reelforge` in the desktop app: the contract's bridge plus media URLs and menu commands. */
export type PreloadBridge = ReelforgeBridge & {
  /** `reelforge-media://job/<id>/<kind>`; `version` (e.g. completedAt) defeats stale caches. */
  mediaUrl(jobId: string, kind: 'video' | 'thumbnail', version?: string): string;
  /** Commands from the native menu (e.g. "open-settings"); returns an unsubscribe. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
};

function isEnvelope(value: unknown): value is ApiEnvelope<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Calls main and unwraps the envelope: the value, or an Error carrying main's message. */
function callFunction(ipc: IpcRendererLike, name: ApiCallName) {
  return async (payload: unknown) => {
    const reply = await ipc.invoke(ipcChannelForCall(name), payload ?? {});
    if (!isEnvelope(reply)) throw new Error(`${name}: malformed reply from the main process`);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };
}

/** Subscribes to one channel, handing the listener the payload only (never the IPC event). */
function subscribe(ipc: IpcRendererLike, channel: string, listener: (payload: unknown) => void): () => void {
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipc.on(channel, wrapped);
  return () => void ipc.removeListener(channel, wrapped);
}

export function createPreloadBridge(ipc: IpcRendererLike): PreloadBridge {
  const bridge: Record<string, unknown> = { transport: 'electron' };
  // From the contract's own table, so a new call can never be missing here.
  for (const name of Object.keys(API_CALLS) as ApiCallName[]) bridge[name] = callFunction(ipc, name);
  for (const event of API_EVENTS) {
    bridge[eventSubscriptionName(event)] = (listener: (payload: unknown) => void) =>
      subscribe(ipc, ipcChannelForEvent(event), listener);
  }
  bridge['mediaUrl'] = (jobId: string, kind: 'video' | 'thumbnail', version?: string) =>
    `${electronMediaUrl(jobId, kind)}${version ? `?v=${encodeURIComponent(version)}` : ''}`;
  bridge['onMenu'] = (listener: (command: MenuCommand) => void) =>
    subscribe(ipc, MENU_CHANNEL, (command) => {
      if (isMenuCommand(command)) listener(command);
    });
  return Object.freeze(bridge) as PreloadBridge;
}
