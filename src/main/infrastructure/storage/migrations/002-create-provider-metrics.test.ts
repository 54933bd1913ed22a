import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, tableNames } from './schema-inspection.js';

describe('migration 002 create-provider-metrics', () => {
  let db: Database;
  afterEach(() => db.close());

  it('adds the provider_metrics table', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 2 });

    expect(schemaVersion(db)).toBe(2);
    expect(tableNames(db)).toEqual(['jobs', 'provider_metrics']);
    expect(columnNames(db, 'provider_metrics')).toEqual([
      'provider_id',
      'successes',
      'failures',
      'total_seconds',
      'last_error',
      'last_error_at',
      'last_success_at',
    ]);
  });

  it('keeps jobs written at version 1', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 1 });
    insertRawJob(db, 'job-from-v1', '2025-01-01T00:00:00.000Z');

    runMigrations(db, { targetVersion: 2 });

    expect(db.prepare('SELECT id, topic FROM jobs').all()).toEqual([
      { id: 'job-from-v1', topic: 'topic of job-from-v1' },
    ]);
  });

  it('starts counters at zero', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 2 });
    db.prepare("INSERT INTO provider_metrics (provider_id) VALUES ('ffmpeg')").run();
    expect(db.prepare('SELECT successes, failures, total_seconds FROM provider_metrics').get()).toEqual({
      successes: 0,
      failures: 0,
      total_seconds: 0,
    });
  });
});
