import { ReelforgeError } from '#core/errors.js';

/** better-sqlite3 could not be loaded; the message says which command fixes it. */
export class NativeModuleError extends ReelforgeError {}

/** The database could not be opened or prepared; the message names the file. */
export class DatabaseOpenError extends ReelforgeError {
  constructor(
    readonly location: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`database at ${location}: ${message}`, options);
  }
}

/** The file was written by a newer Reelforge whose schema this build does not know. */
export class SchemaTooNewError extends ReelforgeError {
  constructor(
    readonly location: string,
    readonly databaseVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `database at ${location} was created by a newer Reelforge (schema ${databaseVersion} > ${knownVersion}); ` +
        'update Reelforge or point it at another database file',
    );
  }
}

/** A stored row no longer matches the shape the code expects (hand edits, disk damage). */
export class CorruptRecordError extends ReelforgeError {
  constructor(
    readonly table: string,
    readonly recordId: string,
    readonly column: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${table} row ${recordId} is corrupt: column ${column}: ${detail}`, options);
  }
}

/** A job id prefix typed by the user does not pick out exactly one job. */
export class JobIdPrefixError extends ReelforgeError {
  constructor(
    readonly prefix: string,
    readonly reason: 'too-short' | 'ambiguous',
    readonly candidates: readonly string[] = [],
  ) {
    super(
      reason === 'too-short'
        ? `job id prefix "${prefix}" is too short: type at least ${MIN_JOB_ID_PREFIX_LENGTH} characters`
        : `job id prefix "${prefix}" is ambiguous: it matches ${candidates.join(', ')}; type more characters`,
    );
  }
}

export const MIN_JOB_ID_PREFIX_LENGTH = 4;
