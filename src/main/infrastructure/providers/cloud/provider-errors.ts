import { ProviderError } from '#core/errors.js';
import { CloudCallError } from './call-error.js';
import { providerEnvName } from '../../config/environment.js';

/** The message every content-moderation refusal carries, so a user knows a retry will not help. */
export const MODERATION_MESSAGE = "the provider's content moderation refused it";

export interface ErrorContext {
  readonly providerId: string;
  /** "Runway", "Synthesia": how the messages name the service. */
  readonly service: string;
  /** What was being done, e.g. "creating the clip for scene 2". */
  readonly doing: string;
  readonly redact: (text: string) => string;
}

/**
 * Turns a failed call into a `ProviderError` a user can act on. Wrong key and refused input are
 * final (retrying or another provider with the same key will not help); rate limits, server
 * errors and an unreachable host are retryable, so "auto" falls back to a local renderer.
 * Every message goes through the redactor: no key, whatever the server echoed.
 */
export function providerErrorFromCall(error: unknown, context: ErrorContext): ProviderError {
  const { providerId, service, doing, redact } = context;
  if (error instanceof ProviderError) return error;
  if (!(error instanceof CloudCallError)) {
    const text = error instanceof Error ? error.message : String(error);
    return new ProviderError(providerId, redact(`${doing} failed: ${text}`), {
      retryable: false,
      code: 'failed',
    });
  }
  const api = error.apiMessage ? `: ${redact(error.apiMessage)}` : '';
  const make = (message: string, code: string, retryable: boolean) =>
    new ProviderError(providerId, redact(message), { code, retryable });
  switch (error.kind) {
    case 'auth':
      return make(
        `${service} refused the API key (HTTP ${error.status ?? '?'}, wrong key?)${api}; check ${providerEnvName(providerId, 'API_KEY')} or the key in Settings`,
        'auth_failed',
        false,
      );
    case 'bad-request':
      return make(
        `${service} rejected the request while ${doing}${api || `: ${error.message}`}`,
        'bad_request',
        false,
      );
    case 'not-found':
      return make(`${service} does not know what was asked for while ${doing}${api}`, 'not_found', false);
    case 'rate-limited':
      return make(
        `${service} is rate limiting requests (HTTP 429) while ${doing}; gave up waiting${api}`,
        'rate_limited',
        true,
      );
    case 'server':
      return make(
        `${service} had a server error (HTTP ${error.status ?? '?'}) while ${doing}${api}`,
        'server_error',
        true,
      );
    case 'network':
    case 'timeout':
      return make(`${service} is unreachable while ${doing}: ${error.message}`, 'unreachable', true);
    case 'malformed':
      return make(
        `${service} sent a response Reelforge cannot read while ${doing}: ${error.message}`,
        'bad_response',
        true,
      );
    case 'expired':
      return make(`${service}'s download link kept expiring while ${doing}`, 'download_expired', true);
    case 'other':
      return make(`${doing} failed: ${error.message}${api}`, 'failed', false);
  }
}
