import type { ConfigManager } from '#core/config.js';
import { readRawConfig, validateConfig } from './read-config-file.js';

/** Where `reelforge serve` listens by default; the desktop app's worker API uses the same. */
export const DEFAULT_SERVER_HOST = '127.0.0.1';
export const DEFAULT_SERVER_PORT = 4280;

/** config.json's `server.host` / `server.port`, with the defaults. */
export function serverAddress(config: ConfigManager): { host: string; port: number } {
  const server = validateConfig(readRawConfig(config.configPath), config.configPath).server;
  return { host: server?.host ?? DEFAULT_SERVER_HOST, port: server?.port ?? DEFAULT_SERVER_PORT };
}
