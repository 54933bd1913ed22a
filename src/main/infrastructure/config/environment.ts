import { ConfigError } from '#core/errors.js';

/**
 * Environment variables that override config.json. They win over the file so a deployment or a
 * CI job can change a setting without editing it, and keep API keys out of the file altogether.
 * (FFMPEG_PATH is read by the FFmpeg provider itself, not here.)
 */
export const ENV = {
  defaultProvider: 'VIDEO_DEFAULT_PROVIDER',
  storagePath: 'VIDEO_STORAGE_PATH',
  maxConcurrent: 'VIDEO_MAX_CONCURRENT',
} as const;

/**
 * `VIDEO_PROVIDER_<ID>_API_KEY` / `_API_URL` / `_POLL_INTERVAL`, the id upper-cased with "-" (and
 * any other symbol) as "_".
 */
export function providerEnvName(
  providerId: string,
  setting: 'API_KEY' | 'API_URL' | 'POLL_INTERVAL',
): string {
  return `VIDEO_PROVIDER_${providerId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_${setting}`;
}

/** The variable's value, or undefined when unset or blank. */
export function readEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** A whole number ≥ 1 from the environment; a ConfigError naming the variable otherwise. */
export function readEnvCount(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = readEnv(env, name);
  if (value === undefined) return undefined;
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new ConfigError(name, `environment variable ${name} must be a whole number ≥ 1, got "${value}"`);
  }
  return count;
}

/** An http(s) address from the environment; a ConfigError naming the variable otherwise. */
export function readEnvUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = readEnv(env, name);
  if (value === undefined) return undefined;
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    // The value is not repeated: a mistyped variable may hold a key.
    throw new ConfigError(name, `environment variable ${name} must be an http:// or https:// address`);
  }
  return value;
}
