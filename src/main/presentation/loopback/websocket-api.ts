import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ApiHandlers } from '#shared/api-contract.js';
import { LOOPBACK_API_PATH, type LoopbackServerMessage } from '#shared/loopback-protocol.js';
import { dispatchApiCall } from '../api/dispatch.js';
import { parseCallMessage } from './loopback-messages.js';
import { isLoopbackHost, isLoopbackOrigin } from './loopback-origin.js';
import { tokenMatches } from './loopback-token.js';

/** Largest frame accepted: a batch of dropped scripts fits; a runaway client cannot exhaust memory. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

/** WebSocket close code for a frame that is not a call message (RFC 6455 "invalid payload data"). */
const CLOSE_MALFORMED = 1007;

export interface WebSocketApiOptions {
  readonly handlers: ApiHandlers;
  readonly token: string;
  /** The port actually bound (known after listen), for the Host and Origin checks. */
  readonly port: () => number;
}

export interface WebSocketApi {
  /** Handles an HTTP upgrade: checks path, Host, Origin and token, or refuses with 4xx. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  broadcast(message: LoopbackServerMessage): void;
  close(): void;
}

function refuse(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`,
  );
  socket.destroy();
}

/** The loopback API: one call message in, one result message out; events to every client. */
export function createWebSocketApi(options: WebSocketApiOptions): WebSocketApi {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  const onMessage = async (socket: WebSocket, data: RawData, isBinary: boolean) => {
    const message = isBinary ? undefined : parseCallMessage(data.toString());
    if (!message) {
      socket.close(CLOSE_MALFORMED, 'expected {"type":"call","id":<integer>,"name":<string>,"payload":{…}}');
      return;
    }
    const envelope = await dispatchApiCall(options.handlers, message.name, message.payload);
    const reply: LoopbackServerMessage = { type: 'result', id: message.id, envelope };
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(reply));
  };

  return {
    handleUpgrade(request, socket, head) {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const port = options.port();
      if (url.pathname !== LOOPBACK_API_PATH) return refuse(socket, 404, 'Not Found');
      if (!isLoopbackHost(request.headers.host, port)) return refuse(socket, 403, 'Forbidden host');
      if (!isLoopbackOrigin(request.headers.origin, port)) return refuse(socket, 403, 'Forbidden origin');
      if (!tokenMatches(url.searchParams.get('token'), options.token))
        return refuse(socket, 401, 'Unauthorized');
      server.handleUpgrade(request, socket, head, (client) => {
        client.on('message', (data, isBinary) => void onMessage(client, data, isBinary));
        client.on('error', () => client.terminate());
      });
    },
    broadcast(message) {
      const text = JSON.stringify(message);
      for (const client of server.clients) {
        if (client.readyState === client.OPEN) client.send(text);
      }
    },
    close() {
      for (const client of server.clients) client.terminate();
      server.close();
    },
  };
}
