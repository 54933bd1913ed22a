import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * CORS for the origins the operator named (`reelforge serve --cors-origin https://app.example`),
 * and for nobody else: without it browsers keep every other origin's page away from the API.
 * Credentials are the bearer token, never cookies, so no Allow-Credentials.
 */
export function createCors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase().replace(/\/+$/, '')));
  const originOf = (request: IncomingMessage): string | undefined => {
    const origin = request.headers.origin;
    return typeof origin === 'string' && allowed.has(origin.toLowerCase()) ? origin : undefined;
  };
  return {
    /** Adds the CORS headers to an answer for an allowed origin. */
    decorate(request: IncomingMessage, response: ServerResponse): void {
      response.setHeader('Vary', 'Origin');
      const origin = originOf(request);
      if (!origin) return;
      response.setHeader('Access-Control-Allow-Origin', origin);
      response.setHeader(
        'Access-Control-Expose-Headers',
        'Location, Idempotent-Replayed, Content-Range, Content-Length, Accept-Ranges, Retry-After',
      );
    },
    /** Answers a preflight (OPTIONS) itself; true when it did. Preflights carry no token. */
    preflight(request: IncomingMessage, response: ServerResponse): boolean {
      if (request.method !== 'OPTIONS') return false;
      const origin = originOf(request);
      response.writeHead(
        204,
        origin
          ? {
              Vary: 'Origin',
              'Access-Control-Allow-Origin': origin,
              'Access-Control-Allow-Methods': 'GET, HEAD, POST, DELETE',
              'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Range',
              'Access-Control-Max-Age': '600',
            }
          : { Vary: 'Origin' },
      );
      response.end();
      return true;
    },
  };
}
