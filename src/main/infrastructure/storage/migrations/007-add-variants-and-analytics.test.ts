import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../database.js';
import type { Database } from '../sqlite-types.js';
import { insertRawJob } from './raw-rows.js';
import { runMigrations, schemaVersion } from './index.js';
import { columnNames, indexColumns, tableNames } from './schema-inspection.js';

describe('migration 007 add-variants-and-analytics', () => {
  let db: Database;
  afterEach(() => db.close());

  const analyticsRow = (overrides: Record<string, unknown> = {}) => ({
    job_id: 'job-1',
    source: 'generic',
    date: '',
    views: 10,
    likes: 1,
    comments: null,
    shares: null,
    average_view_duration_seconds: null,
    completion_rate: 0.5,
    imported_from: 'a.csv',
    imported_at: '2026-12-04T00:00:00.000Z',
    ...overrides,
  });
  const insertAnalytics = (row: Record<string, unknown>) =>
    db
      .prepare(
        `INSERT INTO video_analytics VALUES (@job_id, @source, @date, @views, @likes, @comments, @shares,
           @average_view_duration_seconds, @completion_rate, @imported_from, @imported_at)`,
      )
      .run(row);

  it('adds variant columns (empty for existing jobs) and the analytics table', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 6 });
    insertRawJob(db, 'job-from-v6', '2025-01-01T00:00:00.000Z');
    runMigrations(db, { targetVersion: 7 });
    expect(schemaVersion(db)).toBe(7);
    expect(columnNames(db, 'jobs').slice(-2)).toEqual(['variant', 'variant_group']);
    expect(indexColumns(db, 'jobs')['jobs_variant_group']).toEqual(['variant_group']);
    expect(db.prepare('SELECT id, variant, variant_group FROM jobs').all()).toEqual([
      { id: 'job-from-v6', variant: null, variant_group: null },
    ]);
    expect(tableNames(db)).toContain('video_analytics');
  });

  it('keeps one row per video, source and day, and refuses impossible numbers', () => {
    db = openDatabase(':memory:', { migrate: false });
    runMigrations(db, { targetVersion: 7 });
    insertAnalytics(analyticsRow());
    insertAnalytics(analyticsRow({ date: '2026-12-01' }));
    insertAnalytics(analyticsRow({ source: 'youtube' }));
    expect(() => insertAnalytics(analyticsRow())).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insertAnalytics(analyticsRow({ job_id: 'j2', views: -1 }))).toThrow(/CHECK/);
    expect(() => insertAnalytics(analyticsRow({ job_id: 'j3', completion_rate: 1.5 }))).toThrow(/CHECK/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM video_analytics').get()).toEqual({ n: 3 });
  });
});
