import { describe, expect, it } from 'vitest';
import type { Database } from '../sqlite-types.js';
import {
  columnNames,
  databaseAt,
  indexColumns,
  tableNames,
  upgradedWithOldJob,
} from './migration-test-kit.js';

describe('migration 007 add-variants-and-analytics', () => {
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
  const insertAnalytics = (db: Database, row: Record<string, unknown>) =>
    db
      .prepare(
        `INSERT INTO video_analytics VALUES (@job_id, @source, @date, @views, @likes, @comments, @shares,
           @average_view_duration_seconds, @completion_rate, @imported_from, @imported_at)`,
      )
      .run(row);

  it('adds variant columns (empty for existing jobs) and the analytics table', () => {
    const db = upgradedWithOldJob(7);
    expect(columnNames(db, 'jobs').slice(-2)).toEqual(['variant', 'variant_group']);
    expect(indexColumns(db, 'jobs')['jobs_variant_group']).toEqual(['variant_group']);
    const jobs = db.prepare('SELECT id, variant, variant_group FROM jobs').all();
    expect(jobs).toEqual([{ id: 'job-from-v6', variant: null, variant_group: null }]);
    expect(tableNames(db)).toContain('video_analytics');
  });

  it('keeps one row per video, source and day, and refuses impossible numbers', () => {
    const db = databaseAt(7);
    insertAnalytics(db, analyticsRow());
    insertAnalytics(db, analyticsRow({ date: '2026-12-01' }));
    insertAnalytics(db, analyticsRow({ source: 'youtube' }));
    expect(() => insertAnalytics(db, analyticsRow())).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insertAnalytics(db, analyticsRow({ job_id: 'j2', views: -1 }))).toThrow(/CHECK/);
    expect(() => insertAnalytics(db, analyticsRow({ job_id: 'j3', completion_rate: 1.5 }))).toThrow(/CHECK/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM video_analytics').get()).toEqual({ n: 3 });
  });
});
