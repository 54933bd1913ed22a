import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import { DatabaseOpenError, SchemaTooNewError } from '../errors.js';
import type { Database } from '../sqlite-types.js';
import type { Migration } from './index.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, runMigrations, schemaVersion } from './index.js';
import { tableNames } from './schema-inspection.js';

describe('runMigrations', () => {
  let db: Database;
  beforeEach(() => {
    db = openDatabase(':memory:', { migrate: false });
  });
  afterEach(() => db.close());

  it('numbers migrations consecutively from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('steps a fresh database through every version, one at a time', () => {
    expect(schemaVersion(db)).toBe(0);
    for (const migration of MIGRATIONS) {
      const outcome = runMigrations(db, { targetVersion: migration.version });
      expect(outcome).toEqual({
        from: migration.version - 1,
        to: migration.version,
        applied: [`${migration.version}-${migration.name}`],
      });
    }
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('does nothing on an up-to-date database', () => {
    runMigrations(db);
    expect(runMigrations(db)).toEqual({
      from: LATEST_SCHEMA_VERSION,
      to: LATEST_SCHEMA_VERSION,
      applied: [],
    });
  });

  it('refuses a database from a newer Reelforge and leaves it untouched', () => {
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);

    const run = () => runMigrations(db, { location: '/data/reelforge.sqlite' });

    expect(run).toThrow(SchemaTooNewError);
    expect(run).toThrow(
      `database at /data/reelforge.sqlite was created by a newer Reelforge (schema ${LATEST_SCHEMA_VERSION + 7} > ${LATEST_SCHEMA_VERSION})`,
    );
    expect(tableNames(db)).toEqual([]);
  });

  it('rolls back a failing migration and keeps the versions before it', () => {
    const migrations: Migration[] = [
      { version: 1, name: 'good', up: (d) => d.exec('CREATE TABLE good (x)') },
      {
        version: 2,
        name: 'bad',
        up: (d) => {
          d.exec('CREATE TABLE half_done (x)');
          d.exec('INSERT INTO missing_table VALUES (1)');
        },
      },
    ];

    const run = () => runMigrations(db, { migrations, location: 'test.sqlite' });

    expect(run).toThrow(DatabaseOpenError);
    expect(run).toThrow(
      /database at test\.sqlite: migration 2 \(bad\) failed and was rolled back: no such table/,
    );
    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['good']);
  });

  it('rejects a migration list with a gap', () => {
    const migrations: Migration[] = [
      { version: 1, name: 'one', up: () => {} },
      { version: 3, name: 'three', up: () => {} },
    ];
    expect(() => runMigrations(db, { migrations })).toThrow(/"three" has version 3, expected 2/);
  });

  it('rejects a target version it does not know', () => {
    expect(() => runMigrations(db, { targetVersion: LATEST_SCHEMA_VERSION + 1 })).toThrow(/outside 0\.\./);
  });
});
