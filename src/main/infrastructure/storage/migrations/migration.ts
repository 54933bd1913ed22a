import type { Database } from '../sqlite-types.js';

/**
 * One schema step. `version` is what `PRAGMA user_version` holds once it has run; versions are
 * consecutive from 1. A released migration is never edited: a change is a new migration.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Runs inside a transaction opened by `runMigrations`; must not open its own. */
  up(db: Database): void;
}
