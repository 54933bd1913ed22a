import type { ConfigManager } from '#core/config.js';
import { readRawConfig, validateConfig } from '../config/read-config-file.js';

export const REDIS_URL_ENV = 'REELFORGE_REDIS_URL';

/**
 * The farm's Redis URL: REELFORGE_REDIS_URL over config.json's `queue.redis_url`; undefined means
 * no farm (jobs render in this process).
 */
export function farmRedisUrl(config: ConfigManager, env: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = env[REDIS_URL_ENV]?.trim();
  if (fromEnv) return fromEnv;
  return validateConfig(readRawConfig(config.configPath), config.configPath).queue?.redis_url;
}
