import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as the fakes see it: method, path, query, headers and parsed JSON body. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  /** undefined when there is no body; the raw text when it is not JSON. */
  readonly body: unknown;
}

export type FakeHandler = (request: FakeRequest, response: ServerResponse) => void | Promise<void>;

/** An HTTP server on 127.0.0.1 with a random port that can be closed with its connections. */
export interface RunningFake {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

export async function startFakeServer(handler: FakeHandler, port = 0): Promise<RunningFake> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void readBody(req).then(async (raw) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let body: unknown;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
        }
      }
      try {
        await handler(
          {
            method: req.method ?? 'GET',
            path: url.pathname,
            query: url.searchParams,
            headers: req.headers,
            body,
          },
          res,
        );
      } catch (error) {
        if (!res.headersSent) sendJson(res, 500, { error: `fake server bug: ${(error as Error).message}` });
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A body that claims to be JSON and is not (a scripted failure). */
export function sendMalformedJson(res: ServerResponse): void {
  const text = '{"id": "oops", "status": ';
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Never answers: the socket stays open until the client gives up or the fake closes. */
export function hang(_res: ServerResponse): void {
  // Deliberately nothing.
}

/**
 * Serves a file. `drop` sends the headers with the full Content-Length and half the bytes, then
 * destroys the socket: a connection dropped mid-download.
 */
export function sendFile(res: ServerResponse, path: string, contentType: string, drop = false): void {
  const size = statSync(path).size;
  res.writeHead(200, { 'content-type': contentType, 'content-length': size });
  if (!drop) {
    createReadStream(path).pipe(res);
    return;
  }
  const stream = createReadStream(path, { start: 0, end: Math.floor(size / 2) });
  stream.on('data', (chunk) => res.write(chunk));
  stream.on('end', () => setTimeout(() => res.socket?.destroy(), 20));
}
