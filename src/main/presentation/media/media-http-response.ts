import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { openMediaStream } from './open-media-stream.js';
import { planMediaResponse } from './media-response-plan.js';
import type { ResolvedMedia } from './media-types.js';

export function sendMediaNotFound(response: ServerResponse): void {
  response.writeHead(404, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end('Not found');
}

/** Streams a job file over Node's HTTP server, honouring Range (206/416) and HEAD. */
export async function sendMedia(
  request: IncomingMessage,
  response: ServerResponse,
  media: ResolvedMedia,
): Promise<void> {
  const plan = planMediaResponse(media, request.method ?? 'GET', request.headers.range);
  if (!plan.body) {
    response.writeHead(plan.status, plan.headers);
    response.end();
    return;
  }
  let stream;
  try {
    stream = await openMediaStream(media, plan.body.start, plan.body.end);
  } catch {
    sendMediaNotFound(response);
    return;
  }
  response.writeHead(plan.status, plan.headers);
  // A client that stops a video mid-way aborts the pipeline; that is not an error worth reporting.
  await pipeline(stream, response).catch(() => undefined);
}
