import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CALLS, ipcChannelForCall, ipcChannelForEvent } from '../../src/shared/api-contract.js';
import type { LibraryEntry } from '../../src/shared/api-types.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { MENU_CHANNEL } from '../../src/shared/menu-commands.js';
import { createPreloadBridge, type IpcRendererLike } from '../../src/preload/create-bridge.js';
import { AIR_SCRIPT, createDesktopFixture, type DesktopFixture } from '../security/desktop-fixture.js';

/**
 * Electron's IPC pair reduced to what the bridge and ipc-api.ts use: invoke → the handler
 * registered for the channel (here: the real dispatch over a real runtime), send → listeners.
 */
class LoopbackIpc extends EventEmitter implements IpcRendererLike {
  readonly invoked: string[] = [];
  constructor(private readonly handle: (channel: string, payload: unknown) => Promise<unknown>) {
    super();
  }
  invoke(channel: string, payload: unknown): Promise<unknown> {
    this.invoked.push(channel);
    return this.handle(channel, payload);
  }
  send(channel: string, payload: unknown): void {
    this.emit(channel, { sender: 'ipc-event-object' }, payload);
  }
}

describe('preload bridge over the real dispatch', () => {
  let fixture: DesktopFixture;
  let ipc: LoopbackIpc;

  beforeAll(() => {
    fixture = createDesktopFixture({ transport: 'electron' });
    const byChannel = new Map(
      Object.keys(API_CALLS).map((name) => [ipcChannelForCall(name as keyof typeof API_CALLS), name]),
    );
    ipc = new LoopbackIpc((channel, payload) =>
      dispatchApiCall(fixture.runtime.handlers, byChannel.get(channel), payload),
    );
    fixture.runtime.subscribe((event, payload) => ipc.send(ipcChannelForEvent(event), payload));
  });
  afterAll(() => fixture.close());

  it('has one function per call of the contract, the event subscriptions and the transport', () => {
    const bridge = createPreloadBridge(ipc) as unknown as Record<string, unknown>;
    for (const name of Object.keys(API_CALLS)) expect(typeof bridge[name], name).toBe('function');
    for (const name of ['onJob', 'onLibrary', 'onSettings', 'onMenu', 'mediaUrl'])
      expect(typeof bridge[name], name).toBe('function');
    expect(bridge['transport']).toBe('electron');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('unwraps a successful envelope to its value, on the call channel', async () => {
    const bridge = createPreloadBridge(ipc);
    await expect(bridge['app.info']({})).resolves.toMatchObject({ transport: 'electron' });
    expect(ipc.invoked.at(-1)).toBe('reelforge:call:app.info');
  });

  it('throws an Error carrying the main process message when the envelope is not ok', async () => {
    const bridge = createPreloadBridge(ipc);
    await expect(bridge['jobs.get']({ id: 'nope' })).rejects.toThrow(/nope/);
    await expect(bridge['library.addFiles']({ files: [] })).rejects.toThrow(/files/);
  });

  it('throws on a reply that is not an envelope', async () => {
    const bridge = createPreloadBridge({
      ...ipc,
      invoke: async () => 'garbage',
      on: () => undefined,
      removeListener: () => undefined,
    });
    await expect(bridge['app.info']({})).rejects.toThrow('app.info: malformed reply from the main process');
  });

  it('delivers event payloads (never the IPC event) until unsubscribed', async () => {
    const bridge = createPreloadBridge(ipc);
    const seen: unknown[] = [];
    const unsubscribe = bridge.onLibrary((payload) => seen.push(payload));
    const [entry] = (await bridge['library.addFiles']({
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    })) as LibraryEntry[];
    expect(seen).toContainEqual({ type: 'entry-updated', entry: expect.objectContaining({ id: entry!.id }) });
    expect(JSON.stringify(seen)).not.toContain('ipc-event-object');
    unsubscribe();
    const count = seen.length;
    await bridge['library.remove']({ id: entry!.id });
    expect(seen).toHaveLength(count);
    expect(ipc.listenerCount(ipcChannelForEvent('library'))).toBe(0);
  });

  it('passes known menu commands only', () => {
    const bridge = createPreloadBridge(ipc);
    const commands: string[] = [];
    const unsubscribe = bridge.onMenu((command) => commands.push(command));
    ipc.send(MENU_CHANNEL, 'open-settings');
    ipc.send(MENU_CHANNEL, 'format-disk');
    unsubscribe();
    ipc.send(MENU_CHANNEL, 'open-settings');
    expect(commands).toEqual(['open-settings']);
  });

  it('builds reelforge-media URLs with an encoded id and an optional version', () => {
    const bridge = createPreloadBridge(ipc);
    expect(bridge.mediaUrl('abc-1', 'video')).toBe('reelforge-media://job/abc-1/video');
    expect(bridge.mediaUrl('a/b', 'thumbnail', '2026-01-01T00:00:00Z')).toBe(
      'reelforge-media://job/a%2Fb/thumbnail?v=2026-01-01T00%3A00%3A00Z',
    );
  });
});
