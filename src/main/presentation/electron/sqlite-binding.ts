import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Its name among a packaged app's resources (scripts/electron-sqlite.mjs stages it there). */
export const PACKAGED_SQLITE_RESOURCE = 'better_sqlite3.node';

/**
 * The better-sqlite3 addon built for this Electron: the one `npm start` fetched into native/ and
 * named in REELFORGE_SQLITE_BINDING, or in a packaged app the one shipped as a resource; undefined
 * leaves better-sqlite3 to its own build.
 */
export function electronSqliteBinding(options: {
  readonly env: NodeJS.ProcessEnv;
  readonly isPackaged: boolean;
  readonly resourcesPath: string;
  readonly exists?: (path: string) => boolean;
}): string | undefined {
  const fromStart = options.env['REELFORGE_SQLITE_BINDING'];
  if (fromStart) return fromStart;
  if (!options.isPackaged) return undefined;
  const packaged = join(options.resourcesPath, PACKAGED_SQLITE_RESOURCE);
  return (options.exists ?? existsSync)(packaged) ? packaged : undefined;
}
