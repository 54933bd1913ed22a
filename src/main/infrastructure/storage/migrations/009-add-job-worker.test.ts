import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames } from './schema-inspection.js';

describe('migration 009 add-job-worker', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds the worker column, empty for existing jobs', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 8 });
    insertRawJob(db, 'job-from-v8', '2025-01-01T00:00:00.000Z');
    runMigrations(db, { targetVersion: 9 });
    expect(schemaVersion(db)).toBe(9);
    expect(columnNames(db, 'jobs')).toContain('worker');
    expect(db.prepare('SELECT id, worker FROM jobs').all()).toEqual([{ id: 'job-from-v8', worker: null }]);
  });
});
