import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../infrastructure/config/atomic-write.js';
import { makeFilePrivate } from '../../infrastructure/files/private-paths.js';
import { createLoopbackToken } from '../loopback/loopback-token.js';

export const API_TOKEN_ENV = 'REELFORGE_API_TOKEN';
export const API_TOKEN_FILE = 'api-token';

export interface ApiToken {
  readonly token: string;
  /** env: REELFORGE_API_TOKEN; file: stored earlier; generated: new now, stored, to print once. */
  readonly source: 'env' | 'file' | 'generated';
  /** Where a stored token is (for the message). */
  readonly path?: string;
}

/** Shortest token accepted from the environment: a guessable token would make the API open. */
export const MIN_API_TOKEN_LENGTH = 16;

/**
 * The server's bearer token: `REELFORGE_API_TOKEN` when set, otherwise the one stored in the
 * data folder (0600), otherwise a new random one, stored there for the next start.
 */
export function resolveApiToken(dataDir: string, env: NodeJS.ProcessEnv): ApiToken {
  const fromEnv = env[API_TOKEN_ENV]?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_API_TOKEN_LENGTH || /\s/.test(fromEnv)) {
      throw new Error(`${API_TOKEN_ENV} must be at least ${MIN_API_TOKEN_LENGTH} characters without spaces`);
    }
    return { token: fromEnv, source: 'env' };
  }
  const path = join(dataDir, API_TOKEN_FILE);
  try {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= MIN_API_TOKEN_LENGTH) {
      makeFilePrivate(path);
      return { token: stored, source: 'file', path };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = createLoopbackToken();
  writeFileAtomic(path, `${token}\n`);
  makeFilePrivate(path);
  return { token, source: 'generated', path };
}
