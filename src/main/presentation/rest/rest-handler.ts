import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasValidBearer } from './bearer-auth.js';
import { sendJson } from './http-json.js';
import { RestError, sendRestError } from './rest-errors.js';
import type { RestRoute } from './rest-route.js';
import { createRouter } from './router.js';
import { createCors } from './cors.js';

/**
 * Answers `/v1/…`: bearer token first (nothing is revealed without it, not even which paths
 * exist), then the route, then its handler. Every failure is a JSON `{"error": …}`. CORS headers
 * go only to the origins configured (none by default), so browsers keep other pages out.
 */
export function createRestHandler(options: {
  routes: readonly RestRoute[];
  token: string;
  corsOrigins?: readonly string[];
}) {
  const match = createRouter(options.routes);
  const cors = createCors(options.corsOrigins ?? []);
  return async function handleRest(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    try {
      if (cors.preflight(request, response)) return;
      cors.decorate(request, response);
      if (!hasValidBearer(request, options.token)) {
        throw new RestError(
          401,
          'unauthorized',
          'missing or wrong bearer token (Authorization: Bearer <token>)',
          {},
          {
            'WWW-Authenticate': 'Bearer',
          },
        );
      }
      const found = match(request.method ?? 'GET', url.pathname);
      if (found.type === 'not-found') throw new RestError(404, 'not_found', `no endpoint ${url.pathname}`);
      if (found.type === 'method-not-allowed') {
        throw new RestError(
          405,
          'method_not_allowed',
          `${request.method} is not allowed here`,
          {},
          {
            Allow: found.allow.join(', '),
          },
        );
      }
      const reply = await found.route.handle({ request, response, params: found.params, url });
      if (reply) sendJson(response, reply.status, reply.body, reply.headers);
    } catch (error) {
      if (response.headersSent) response.destroy();
      else sendRestError(response, error);
    }
  };
}
