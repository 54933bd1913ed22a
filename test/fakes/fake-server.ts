import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { makeFakeMedia, type FakeMedia } from './fake-media.js';

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

/** A signed download link past its expiry: the 403 XML answer of the file host behind both APIs. */
export function sendExpiredLink(res: ServerResponse): void {
  res
    .writeHead(403, { 'content-type': 'application/xml' })
    .end('<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>');
}

/** What every cloud fake (Runway, Synthesia) can be started with. */
export interface CloudFakeOptions<Script> {
  readonly key?: string;
  readonly port?: number;
  /** Shared media (e.g. one set for several fakes); without it the fake makes and removes its own. */
  readonly media?: FakeMedia;
  readonly script?: Partial<Script>;
}

/** A running cloud fake: its key, script, media and what it recorded for assertions. */
export interface CloudFake<Script> {
  readonly url: string;
  readonly key: string;
  /** What the fake does; tests change it between and during renders. */
  readonly script: Script;
  readonly media: FakeMedia;
  /** Ids of the remote jobs (tasks, videos) that create calls made, and of all DELETE calls. */
  readonly createdIds: string[];
  readonly deletedIds: string[];
  /** Bodies of accepted create calls. */
  readonly createBodies: Record<string, unknown>[];
  /** Every request as "METHOD /path". */
  readonly requests: string[];
  close(): Promise<void>;
}

/** What a cloud fake's handler works with: the fake before it listens. */
export type CloudFakeState<Script> = Omit<CloudFake<Script>, 'url' | 'close'>;

/**
 * The scaffolding of a cloud fake: key, media (made and cleaned up unless given), the script
 * merged over its defaults, the recording arrays, and a server that records every request before
 * handing it to the handler `makeHandler` builds. `base()` is the server's URL once it listens
 * (for the links the fake hands out).
 */
export async function startCloudFake<Script extends object>(
  options: CloudFakeOptions<Script>,
  defaults: { readonly key: string; readonly script: () => Script },
  makeHandler: (state: CloudFakeState<Script>, base: () => string) => FakeHandler,
): Promise<CloudFake<Script>> {
  const media = options.media ?? (await makeFakeMedia());
  const ownsMedia = !options.media;
  let base = '';
  const state: CloudFakeState<Script> = {
    key: options.key ?? defaults.key,
    script: { ...defaults.script(), ...options.script },
    media,
    createdIds: [],
    deletedIds: [],
    createBodies: [],
    requests: [],
  };
  const handler = makeHandler(state, () => base);
  const running = await startFakeServer((req, res) => {
    state.requests.push(`${req.method} ${req.path}`);
    return handler(req, res);
  }, options.port);
  base = running.url;
  return {
    ...state,
    url: running.url,
    close: async () => {
      await running.close();
      if (ownsMedia) await media.cleanup();
    },
  };
}
