export { redactSecrets, createRedactor, REDACTED } from './redact.js';
export {
  backoffDelayMs,
  retryDelayMs,
  parseRetryAfter,
  parseRateLimitReset,
  DEFAULT_BACKOFF,
} from './backoff.js';
export type { BackoffPolicy } from './backoff.js';
export { CloudCallError, isTransient, kindForStatus, type CallFailureKind } from './call-error.js';
export { withRetries, type RetryOptions } from './retry.js';
export { pollUntil } from './poll.js';
export { downloadToFile, partialPathFor } from './download.js';
export { readCloudSettings, missingKeyReason, cloudEnvName, type CloudSettings } from './cloud-settings.js';
export { providerErrorFromCall, MODERATION_MESSAGE } from './provider-errors.js';
