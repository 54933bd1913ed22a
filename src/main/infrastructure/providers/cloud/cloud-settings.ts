import type { ProviderSettings } from '#core/config.js';
import { ConfigError } from '#core/errors.js';
import { providerEnvName } from '../../config/environment.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';

/** Settings every cloud provider reads the same way, resolved once per render. */
export interface CloudSettings {
  readonly apiKey?: string;
  /** Without a trailing slash. */
  readonly baseUrl: string;
  readonly pollIntervalMs: number;
  /** Longest wait for one HTTP answer before it counts as a network failure. */
  readonly requestTimeoutMs: number;
  /** Tries per call on 429/5xx/network failures, the first included. */
  readonly maxAttempts: number;
  readonly backoff: BackoffPolicy;
}

/** What every cloud API client is built with. */
export interface CloudClientOptions {
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly requestTimeoutMs: number;
  /** Takes the key out of every message the client builds. */
  readonly redact: (text: string) => string;
}

export interface CloudDefaults {
  readonly baseUrl: string;
  readonly pollIntervalSeconds: number;
}

/** The reason a cloud provider without a key gives in `providers` and Settings. */
export function missingKeyReason(providerId: string): string {
  return `no API key: set ${providerEnvName(providerId, 'API_KEY')} or add it in Settings`;
}

/**
 * Reads key, base URL, poll interval, timeouts and retry spacing from the provider's settings
 * (`providers.<id>.*`; the env overlay already put VIDEO_PROVIDER_<ID>_API_KEY/_API_URL there)
 * and `VIDEO_PROVIDER_<ID>_POLL_INTERVAL` from the environment, which wins over
 * `poll_interval_seconds`. Throws `ConfigError` naming the key or variable that is wrong.
 */
export function readCloudSettings(
  providerId: string,
  settings: ProviderSettings,
  env: Readonly<Record<string, string | undefined>>,
  defaults: CloudDefaults,
): CloudSettings {
  const options = settings.options;
  const key = (name: string) => `providers.${providerId}.${name}`;
  const pollVar = providerEnvName(providerId, 'POLL_INTERVAL');
  const pollFromEnv = env[pollVar]?.trim();
  const pollSeconds = pollFromEnv
    ? positiveSeconds(pollVar, pollFromEnv, `environment variable ${pollVar}`)
    : optionalSeconds(
        key('poll_interval_seconds'),
        options['poll_interval_seconds'],
        defaults.pollIntervalSeconds,
      );
  const baseUrl = (settings.apiUrl ?? defaults.baseUrl).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(baseUrl)) {
    throw new ConfigError(key('api_url'), 'must be an http:// or https:// address');
  }
  const requestTimeout = optionalSeconds(
    key('request_timeout_seconds'),
    options['request_timeout_seconds'],
    30,
  );
  const retryBase = optionalSeconds(key('retry_base_seconds'), options['retry_base_seconds'], 1);
  const maxRetries = options['max_retries'] ?? 5;
  if (typeof maxRetries !== 'number' || !Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new ConfigError(
      key('max_retries'),
      `must be a whole number ≥ 0, got ${JSON.stringify(maxRetries)}`,
    );
  }
  const apiKey = settings.apiKey?.trim();
  return {
    apiKey: apiKey ? apiKey : undefined,
    baseUrl,
    pollIntervalMs: Math.round(pollSeconds * 1000),
    requestTimeoutMs: Math.round(requestTimeout * 1000),
    maxAttempts: maxRetries + 1,
    backoff: {
      baseMs: Math.round(retryBase * 1000),
      maxMs: Math.max(Math.round(retryBase * 1000), DEFAULT_BACKOFF.maxMs),
      maxHintMs: DEFAULT_BACKOFF.maxHintMs,
    },
  };
}

function optionalSeconds(key: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number') {
    throw new ConfigError(key, `must be a number of seconds, got ${JSON.stringify(value)}`);
  }
  return positiveSeconds(key, String(value), key);
}

function positiveSeconds(key: string, text: string, what: string): number {
  const seconds = /^\d+(\.\d+)?$|^\.\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!(seconds > 0) || !Number.isFinite(seconds)) {
    // Only the name is repeated, never the value of an environment variable (it could be a key).
    throw new ConfigError(key, `${what} must be a number of seconds > 0 (fractions allowed)`);
  }
  return seconds;
}
