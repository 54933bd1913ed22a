import { expect, onTestFinished } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, tableNames } from './schema-inspection.js';

export { insertRawJob } from './raw-rows.js';
export { columnNames, indexColumns, tableNames } from './schema-inspection.js';

/**
 * What every migration test starts from: an in-memory database at an older schema version,
 * closed when the test ends. Kept in one place so each migration's test says only what it checks.
 */
export function databaseAt(version: number): Database {
  const db = openDatabase(':memory:', { migrate: false });
  onTestFinished(() => {
    db.close();
  });
  return migrateTo(db, version);
}

/** Runs the migrations after `db`'s version up to `version`, and checks the database says it is there. */
export function migrateTo(db: Database, version: number): Database {
  runMigrations(db, { targetVersion: version });
  expect(schemaVersion(db)).toBe(version);
  return db;
}

/** Checks `db` has `table` with exactly these columns, in this order (space-separated). */
export function expectTable(db: Database, table: string, columns: string): void {
  expect(tableNames(db)).toContain(table);
  expect(columnNames(db, table)).toEqual(columns.trim().split(/\s+/));
}

/**
 * A database at `version - 1` holding one job row written by that version's code (id `job-from-v<N-1>`),
 * then migrated to `version`: the starting point of every "existing jobs survive" check.
 */
export function upgradedWithOldJob(version: number): Database {
  const db = databaseAt(version - 1);
  insertRawJob(db, `job-from-v${version - 1}`, '2025-01-01T00:00:00.000Z');
  return migrateTo(db, version);
}
