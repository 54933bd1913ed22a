// The page as an attacker sees the API: the loopback WebSocket with the token (browser mode, or a
// compromised page in it), or the IPC handlers as `ipc-api.ts` runs them once a sender passed its
// check (a compromised renderer in Electron). Both go through `dispatchApiCall`, as in the app.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type WebSocket from 'ws';
import type { ApiEnvelope } from '../../src/shared/api-contract.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { startLoopbackServer, type LoopbackServer } from '../../src/main/presentation/loopback/index.js';
import { openSocket, TestClient } from '../loopback/loopback-client.js';
import { createDesktopFixture, type DesktopFixture } from './desktop-fixture.js';

export type PageTransport = 'loopback' | 'ipc';
export const PAGE_TRANSPORTS: readonly PageTransport[] = ['loopback', 'ipc'];

export interface PageAttacker {
  readonly fixture: DesktopFixture;
  /** The loopback server's address and token (over `loopback` only): where the page loads media. */
  readonly server?: { readonly port: number; readonly token: string };
  /** One call exactly as the page would send it; never throws, answers the envelope. */
  call(name: string, payload: unknown): Promise<ApiEnvelope<unknown>>;
  close(): Promise<void>;
}

/** A real desktop runtime, and a page talking to it over `transport`. */
export async function startPageAttacker(
  transport: PageTransport,
  options: Parameters<typeof createDesktopFixture>[0] = {},
): Promise<PageAttacker> {
  const fixture = createDesktopFixture({
    ...options,
    transport: transport === 'ipc' ? 'electron' : 'loopback',
  });
  if (transport === 'ipc') {
    return {
      fixture,
      call: (name, payload) => dispatchApiCall(fixture.runtime.handlers, name, payload),
      close: () => fixture.close(),
    };
  }
  const rendererDir = join(fixture.dataDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
  let server: LoopbackServer | undefined;
  let socket: WebSocket | undefined;
  try {
    server = await startLoopbackServer({ runtime: fixture.runtime, rendererDir, port: 0 });
    const opened = await openSocket(`ws://127.0.0.1:${server.port}/api?token=${server.token}`, {
      Origin: server.origin,
    });
    if ('refused' in opened) throw new Error(`the loopback server refused the page: ${opened.refused}`);
    socket = opened;
  } catch (error) {
    await server?.close();
    await fixture.close();
    throw error;
  }
  const client = new TestClient(socket);
  const live = server;
  return {
    fixture,
    server: { port: live.port, token: live.token },
    call: (name, payload) => client.call(name, payload),
    async close() {
      socket?.terminate();
      await live.close();
      await fixture.close();
    },
  };
}

/**
 * A user's home folder inside the fixture's data folder, holding `files` (paths relative to it:
 * scripts the user may give, private files beside them). Returns the folder.
 */
export function makeUserHome(attacker: PageAttacker, files: Readonly<Record<string, string>>): string {
  const home = join(attacker.fixture.dataDir, 'home');
  for (const [relative, content] of Object.entries(files)) {
    const path = join(home, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return home;
}
