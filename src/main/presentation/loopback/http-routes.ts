import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  LOOPBACK_CHANNEL_MEDIA_PREFIX,
  LOOPBACK_MEDIA_PREFIX,
  LOOPBACK_TEMPLATE_MEDIA_PREFIX,
} from '#shared/loopback-protocol.js';
import {
  isMediaKind,
  resolveChannelMedia,
  resolveJobMedia,
  resolveTemplateMedia,
  sendMedia,
  sendMediaNotFound,
  type ChannelMediaLookup,
  type JobLookup,
  type ResolvedMedia,
  type TemplateMediaLookup,
} from '../media/index.js';
import { isLoopbackHost } from './loopback-origin.js';
import { tokenMatches } from './loopback-token.js';
import { resolveStaticFile, staticFileHeaders } from './static-files.js';

export interface HttpRoutesOptions {
  readonly rendererDir: string;
  readonly token: string;
  readonly jobs: JobLookup;
  /** The files user templates point at (background video, font files) for the preview. */
  readonly templates?: TemplateMediaLookup;
  /** The files config names per channel (the FFmpeg channel picture) for the preview. */
  readonly channels?: ChannelMediaLookup;
  readonly port: () => number;
  /** Built once the port is known. */
  readonly contentSecurityPolicy: () => string;
}

function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  response.end(text);
}

/** Serves the built renderer (GET/HEAD) and job media; the API itself is the WebSocket upgrade. */
export function createHttpRoutes(options: HttpRoutesOptions) {
  /** Media (job, template and channel files) needs the token; the resolver decides which file, if any. */
  const serveMedia = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    resolveSegments: (segments: string[]) => Promise<ResolvedMedia | undefined>,
  ) => {
    if (!tokenMatches(url.searchParams.get('token'), options.token))
      return sendText(response, 401, 'Unauthorized');
    const media = await resolveSegments(url.pathname.split('/').slice(3));
    if (!media) return sendMediaNotFound(response);
    await sendMedia(request, response, media);
  };
  const jobMedia = async ([rawId, kind, ...rest]: string[]) =>
    rawId !== undefined && isMediaKind(kind) && rest.length === 0
      ? resolveJobMedia(options.jobs, rawId, kind)
      : undefined;
  const templateMedia = async ([rawId, asset, ...rest]: string[]) =>
    options.templates && rawId !== undefined && asset !== undefined && rest.length === 0
      ? resolveTemplateMedia(options.templates, rawId, asset)
      : undefined;
  const channelMedia = async ([rawId, asset, ...rest]: string[]) =>
    options.channels && rawId !== undefined && asset !== undefined && rest.length === 0
      ? resolveChannelMedia(options.channels, rawId, asset)
      : undefined;

  const serveStatic = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const file = await resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) return sendText(response, 404, 'Not found');
    response.writeHead(200, staticFileHeaders(file, options.contentSecurityPolicy()));
    if (request.method === 'HEAD') return void response.end();
    await pipeline(createReadStream(file.path), response).catch(() => undefined);
  };

  return async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      if (!isLoopbackHost(request.headers.host, options.port()))
        return sendText(response, 403, 'Forbidden host');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${options.port()}`);
      if (url.pathname.startsWith(LOOPBACK_MEDIA_PREFIX))
        return await serveMedia(request, response, url, jobMedia);
      if (url.pathname.startsWith(LOOPBACK_TEMPLATE_MEDIA_PREFIX))
        return await serveMedia(request, response, url, templateMedia);
      if (url.pathname.startsWith(LOOPBACK_CHANNEL_MEDIA_PREFIX))
        return await serveMedia(request, response, url, channelMedia);
      return await serveStatic(request, response, url);
    } catch {
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    }
  };
}
