import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, indexColumns, tableNames } from './schema-inspection.js';

describe('migration 001 create-jobs', () => {
  let db: Database;
  afterEach(() => db.close());

  it('creates the jobs table with every column and the four indexes', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 1 });

    expect(schemaVersion(db)).toBe(1);
    expect(tableNames(db)).toEqual(['jobs']);
    expect(columnNames(db, 'jobs')).toEqual([
      'id',
      'status',
      'progress',
      'stage',
      'options_json',
      'quality',
      'aspect_ratio',
      'requested_provider',
      'script_name',
      'script_path',
      'script_format',
      'script_content',
      'script_json',
      'timeline_json',
      'channel',
      'topic',
      'provider_id',
      'fallback_trail_json',
      'created_at',
      'started_at',
      'completed_at',
      'error_code',
      'error_message',
      'result_json',
      'output_path',
      'thumbnail_path',
      'owner_pid',
    ]);
    expect(indexColumns(db, 'jobs')).toEqual({
      jobs_status_created_at: ['status', 'created_at'],
      jobs_channel: ['channel'],
      jobs_provider_id: ['provider_id'],
      jobs_created_at: ['created_at'],
    });
  });

  it('rejects a job without the required columns', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 1 });
    expect(() => db.prepare("INSERT INTO jobs (id, status) VALUES ('a', 'queued')").run()).toThrow(
      /NOT NULL/,
    );
  });
});
