/** What went wrong with one HTTP call to a cloud API, in the terms the retry loop decides on. */
export type CallFailureKind =
  /** 401/403: the key is wrong or lacks access. */
  | 'auth'
  /** 400/422: the API refused the request's content. */
  | 'bad-request'
  | 'not-found'
  | 'rate-limited'
  /** 5xx. */
  | 'server'
  /** Connection refused or dropped, DNS failure. */
  | 'network'
  /** No answer within the request timeout. */
  | 'timeout'
  /** A body that is not the documented JSON. */
  | 'malformed'
  /** A signed download URL that no longer works (re-read the job for a fresh one). */
  | 'expired'
  | 'other';

/**
 * A failed call to a cloud API. The message is already free of secrets: clients build it from
 * the status and the API's `error` text, both passed through the provider's redactor.
 */
export class CloudCallError extends Error {
  readonly kind: CallFailureKind;
  readonly status?: number;
  /** The API's own explanation (its `error` field), when it sent one. */
  readonly apiMessage?: string;
  /** How long the server asked to wait (Retry-After / RateLimit-Reset). */
  readonly retryAfterMs?: number;

  constructor(
    kind: CallFailureKind,
    message: string,
    details: { status?: number; apiMessage?: string; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'CloudCallError';
    this.kind = kind;
    this.status = details.status;
    this.apiMessage = details.apiMessage;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** 429, 502/503/504, network trouble and timeouts are worth another try after a wait. */
export function isTransient(error: unknown): error is CloudCallError {
  if (!(error instanceof CloudCallError)) return false;
  if (error.kind === 'rate-limited' || error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'server' && [502, 503, 504].includes(error.status ?? 0);
}

/**
 * Failures after which a request that creates paid remote work (a video, a clip) may be sent
 * again: the server said it did not take it (429, 502/503/504). A timeout or a dropped connection
 * may have come after the server accepted it, and sending it again could pay for it twice while
 * the first one runs on unseen, so those end the attempt instead.
 */
export function isRefusedCreate(error: unknown): boolean {
  return isTransient(error) && error.kind !== 'network' && error.kind !== 'timeout';
}

/** The kind of failure an HTTP status stands for. */
export function kindForStatus(status: number): CallFailureKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 400 || status === 422) return 'bad-request';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'other';
}
