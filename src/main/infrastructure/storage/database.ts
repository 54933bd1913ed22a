import fs from 'node:fs';
import path from 'node:path';
import { describeError, ReelforgeError } from '#core/errors.js';
import { DatabaseOpenError } from './errors.js';
import { runMigrations } from './migrations/index.js';
import { loadDatabaseConstructor } from './native-module.js';
import type { Database } from './sqlite-types.js';

/** File name of the database inside the data folder. */
export const DEFAULT_DATABASE_FILE = 'reelforge.sqlite';

/** The CLI and the desktop app may share one file: a writer waits this long for the other. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;

export interface OpenDatabaseOptions {
  readonly busyTimeoutMs?: number;
  /** Bring the schema up to date on open (default true). */
  readonly migrate?: boolean;
}

const MEMORY = ':memory:';

function configure(db: Database, isFile: boolean, busyTimeoutMs: number): void {
  // The busy timeout goes first so the pragmas below already wait for a peer holding a lock.
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  // WAL lets the desktop app read history while the CLI writes; in-memory databases cannot use it.
  if (isFile) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Safe with WAL: a power cut may lose the last commits but never corrupts the file.
  db.pragma('synchronous = NORMAL');
}

/**
 * Opens (creating when needed) the database at `location`, configures the connection and
 * runs pending migrations. Every failure names the file.
 */
export function openDatabase(location: string, options: OpenDatabaseOptions = {}): Database {
  const isFile = location !== MEMORY && location !== '';
  const DatabaseConstructor = loadDatabaseConstructor();
  if (isFile) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
    } catch (error) {
      throw new DatabaseOpenError(location, `cannot create its folder: ${describeError(error)}`, {
        cause: error,
      });
    }
  }

  let db: Database;
  try {
    db = new DatabaseConstructor(location, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new DatabaseOpenError(location, `cannot open: ${describeError(error)}`, { cause: error });
  }

  try {
    configure(db, isFile, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    if (options.migrate ?? true) runMigrations(db, { location });
    return db;
  } catch (error) {
    db.close();
    // Our own errors already name the file; SQLite's ("file is not a database") do not.
    if (error instanceof ReelforgeError) throw error;
    throw new DatabaseOpenError(location, describeError(error), { cause: error });
  }
}
