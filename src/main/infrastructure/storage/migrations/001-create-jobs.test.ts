import { describe, expect, it } from 'vitest';
import { columnNames, databaseAt, indexColumns, tableNames } from './migration-test-kit.js';

// The version-1 columns, written out rather than taken from JOB_COLUMNS: that list follows the latest schema.
const VERSION_1_JOB_COLUMNS = `id status progress stage options_json quality aspect_ratio requested_provider
  script_name script_path script_format script_content script_json timeline_json channel topic provider_id
  fallback_trail_json created_at started_at completed_at error_code error_message result_json output_path
  thumbnail_path owner_pid`.split(/\s+/);

describe('migration 001 create-jobs', () => {
  it('creates the jobs table with every column and the four indexes', () => {
    const db = databaseAt(1);
    expect(tableNames(db)).toEqual(['jobs']);
    expect(columnNames(db, 'jobs')).toEqual(VERSION_1_JOB_COLUMNS);
    expect(indexColumns(db, 'jobs')).toEqual({
      jobs_status_created_at: ['status', 'created_at'],
      jobs_channel: ['channel'],
      jobs_provider_id: ['provider_id'],
      jobs_created_at: ['created_at'],
    });
  });

  it('rejects a job without the required columns', () => {
    const insertBare = () =>
      databaseAt(1).prepare("INSERT INTO jobs (id, status) VALUES ('a', 'queued')").run();
    expect(insertBare).toThrow(/NOT NULL/);
  });
});
