import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames } from './schema-inspection.js';

describe('migration 008 add-job-delivery', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds the delivery column, empty for existing jobs', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 7 });
    insertRawJob(db, 'job-from-v7', '2025-01-01T00:00:00.000Z');
    runMigrations(db, { targetVersion: 8 });
    expect(schemaVersion(db)).toBe(8);
    expect(columnNames(db, 'jobs').slice(-1)).toEqual(['delivery_json']);
    expect(db.prepare('SELECT id, delivery_json FROM jobs').all()).toEqual([
      { id: 'job-from-v7', delivery_json: null },
    ]);
  });
});
