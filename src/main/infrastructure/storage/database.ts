import path from 'node:path';
import { describeError, ReelforgeError } from '#core/errors.js';
import { createPrivateFolder, ensurePrivateFile, makeFilePrivate } from '../files/private-paths.js';
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
  /**
   * Path of a better-sqlite3 addon built for this runtime (the desktop app's Electron build, kept
   * apart from the Node build the CLI uses); default: the package's own build.
   */
  readonly nativeBinding?: string;
}

const MEMORY = ':memory:';

/** The files SQLite keeps beside a WAL-mode database. */
const WAL_SUFFIXES = ['-wal', '-shm'] as const;

/**
 * The history is private: the database is 0600 before SQLite opens it, so the -wal and -shm
 * files SQLite creates inherit that mode; ones left behind with wider modes are tightened too.
 */
function makeDatabaseFilesPrivate(location: string): void {
  makeFilePrivate(location);
  for (const suffix of WAL_SUFFIXES) makeFilePrivate(`${location}${suffix}`);
}

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
  const DatabaseConstructor = loadDatabaseConstructor(options.nativeBinding);
  if (isFile) {
    try {
      createPrivateFolder(path.dirname(path.resolve(location)));
    } catch (error) {
      throw new DatabaseOpenError(location, `cannot create its folder: ${describeError(error)}`, {
        cause: error,
      });
    }
    try {
      ensurePrivateFile(location);
      makeDatabaseFilesPrivate(location);
    } catch (error) {
      throw new DatabaseOpenError(location, `cannot make it private: ${describeError(error)}`, {
        cause: error,
      });
    }
  }

  let db: Database;
  try {
    db = new DatabaseConstructor(location, {
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new DatabaseOpenError(location, `cannot open: ${describeError(error)}`, { cause: error });
  }

  try {
    configure(db, isFile, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    if (options.migrate ?? true) runMigrations(db, { location });
    // WAL and SHM exist by now (journal_mode = WAL opened them); check they came out private.
    if (isFile) makeDatabaseFilesPrivate(location);
    return db;
  } catch (error) {
    db.close();
    // Our own errors already name the file; SQLite's ("file is not a database") do not.
    if (error instanceof ReelforgeError) throw error;
    throw new DatabaseOpenError(location, describeError(error), { cause: error });
  }
}
