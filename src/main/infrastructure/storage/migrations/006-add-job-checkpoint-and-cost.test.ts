import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames } from './schema-inspection.js';

describe('migration 006 add-job-checkpoint-and-cost', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds the checkpoint and cost columns, empty for existing jobs', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 5 });
    insertRawJob(db, 'job-from-v5', '2025-01-01T00:00:00.000Z');
    runMigrations(db, { targetVersion: 6 });
    expect(schemaVersion(db)).toBe(6);
    expect(columnNames(db, 'jobs').slice(-2)).toEqual(['checkpoint_json', 'cost_json']);
    expect(db.prepare('SELECT id, checkpoint_json, cost_json FROM jobs').all()).toEqual([
      { id: 'job-from-v5', checkpoint_json: null, cost_json: null },
    ]);
  });
});
