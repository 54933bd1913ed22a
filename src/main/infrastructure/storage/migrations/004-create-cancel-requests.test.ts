import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, tableNames } from './schema-inspection.js';

describe('migration 004 create-cancel-requests', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds the cancel_requests table, dropped with its job', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 4 });
    expect(schemaVersion(db)).toBe(4);
    expect(tableNames(db)).toContain('cancel_requests');
    expect(columnNames(db, 'cancel_requests')).toEqual(['job_id', 'requested_at']);
    insertRawJob(db, 'job-1', '2025-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO cancel_requests VALUES ('job-1', 'now')").run();
    db.prepare("DELETE FROM jobs WHERE id = 'job-1'").run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM cancel_requests').get()).toEqual({ n: 0 });
  });

  it('keeps jobs written at version 3', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 3 });
    insertRawJob(db, 'job-from-v3', '2025-01-01T00:00:00.000Z');
    runMigrations(db, { targetVersion: 4 });
    expect(db.prepare('SELECT id FROM jobs').all()).toEqual([{ id: 'job-from-v3' }]);
  });
});
