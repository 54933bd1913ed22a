import type { ConnectionCheck } from '../../../domain/provider.js';
import { CloudCallError } from './call-error.js';

/** What "Test connection" says for a failed authenticated read: wrong key, unreachable, or other. */
export function connectionCheckFromError(error: unknown, service: string, host: string): ConnectionCheck {
  if (error instanceof CloudCallError) {
    if (error.kind === 'auth') {
      return { ok: false, message: `wrong key: ${service} refused it (HTTP ${error.status ?? '?'})` };
    }
    if (error.kind === 'network' || error.kind === 'timeout') {
      return { ok: false, message: `unreachable: ${host} did not answer (${error.message})` };
    }
    if (error.kind === 'rate-limited') {
      return { ok: true, message: `ok, but ${service} is rate limiting requests right now (HTTP 429)` };
    }
    const status = error.status !== undefined ? `HTTP ${error.status}` : error.message;
    return { ok: false, message: `unexpected answer from ${service} at ${host}: ${status}` };
  }
  return {
    ok: false,
    message: `unexpected failure talking to ${service}: ${error instanceof Error ? error.message : String(error)}`,
  };
}
