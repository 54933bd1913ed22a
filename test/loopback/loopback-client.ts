import { request } from 'node:http';
import WebSocket from 'ws';
import type { ApiEnvelope } from '../../src/shared/api-contract.js';
import type { LoopbackServerMessage } from '../../src/shared/loopback-protocol.js';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A GET sent exactly as written (no URL normalisation), as an attacker's client would. */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Opens a WebSocket; resolves the HTTP status when the server refuses the upgrade. */
export function openSocket(
  url: string,
  headers: Record<string, string>,
): Promise<WebSocket | { refused: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      res.resume();
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** A minimal loopback client: numbered calls, and every event kept in order. */
export class TestClient {
  readonly events: Extract<LoopbackServerMessage, { type: 'event' }>[] = [];
  readonly #pending = new Map<number, (envelope: ApiEnvelope<unknown>) => void>();
  #next = 1;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as LoopbackServerMessage;
      if (message.type === 'event') this.events.push(message);
      else this.#pending.get(message.id)?.(message.envelope);
    });
  }

  call(name: string, payload: unknown): Promise<ApiEnvelope<unknown>> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.socket.send(JSON.stringify({ type: 'call', id, name, payload }));
    });
  }

  async value<T>(name: string, payload: unknown): Promise<T> {
    const envelope = await this.call(name, payload);
    if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.message}`);
    return envelope.value as T;
  }

  /** Resolves once an event matching `predicate` has arrived (already or later). */
  async waitForEvent(
    predicate: (event: TestClient['events'][number]) => boolean,
    timeoutMs = 10_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.events.some(predicate)) {
      if (Date.now() > deadline)
        throw new Error(`no matching event; got ${JSON.stringify(this.events.map((e) => e.event))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
