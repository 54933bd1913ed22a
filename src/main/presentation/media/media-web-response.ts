import { Readable } from 'node:stream';
import { openMediaStream } from './open-media-stream.js';
import { planMediaResponse } from './media-response-plan.js';
import type { ResolvedMedia } from './media-types.js';

/** A bare 404 with no hint of why: callers never reveal which check refused a path. */
export function mediaNotFoundResponse(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * A web `Response` for a job file, honouring the request's Range header (206/416). Used by
 * Electron's `protocol.handle`, which speaks the Fetch API; the body streams from disk.
 */
export async function mediaWebResponse(request: Request, media: ResolvedMedia): Promise<Response> {
  const plan = planMediaResponse(media, request.method, request.headers.get('range'));
  if (!plan.body) return new Response(null, { status: plan.status, headers: plan.headers });
  let stream: Readable;
  try {
    stream = await openMediaStream(media, plan.body.start, plan.body.end);
  } catch {
    return mediaNotFoundResponse();
  }
  const body = Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status: plan.status, headers: plan.headers });
}
