import type { IncomingMessage } from 'node:http';
import { tokenMatches } from '../loopback/loopback-token.js';

/** True when the request carries `Authorization: Bearer <token>` with the server's token. */
export function hasValidBearer(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return false;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return tokenMatches(match?.[1], token);
}
