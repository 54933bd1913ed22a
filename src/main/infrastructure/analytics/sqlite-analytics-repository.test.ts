import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PerformanceRow } from '../../application/analytics/performance-row.js';
import { importPerformanceRows } from '../../application/analytics/import-performance.js';
import { variantReport } from '../../application/analytics/variant-report.js';
import { openDatabase } from '../storage/database.js';
import { SqliteJobRepository } from '../storage/sqlite-job-repository.js';
import type { Database } from '../storage/sqlite-types.js';
import { makeJob } from '../storage/test-fixtures.js';
import { SqliteAnalyticsRepository } from './sqlite-analytics-repository.js';

const GROUP = 'aaaa1111-0000-4000-8000-000000000000';
const completed = (id: string, variant: string, file: string) =>
  makeJob({
    id,
    status: 'completed',
    variant,
    variantGroup: GROUP,
    result: {
      jobId: id,
      fallbackTrail: [],
      outputPath: `/videos/${file}.mp4`,
      thumbnailPath: `/videos/${file}.jpg`,
      durationSeconds: 10,
      sizeBytes: 1,
      width: 540,
      height: 960,
      mimeType: 'video/mp4',
      providerId: 'mock',
      renderSeconds: 1,
    },
  });

describe('analytics in SQLite: import and report', () => {
  let db: Database;
  let repository: SqliteAnalyticsRepository;
  beforeEach(() => {
    db = openDatabase(':memory:');
    const jobs = new SqliteJobRepository(db);
    jobs.insert(completed('1111aaaa-0000-4000-8000-000000000001', 'control', 'start-now-control-1111aaaa'));
    jobs.insert(
      completed('2222bbbb-0000-4000-8000-000000000002', 'question-hook', 'start-now-question-hook-2222bbbb'),
    );
    jobs.insert(makeJob({ id: '3333cccc-0000-4000-8000-000000000003' }));
    repository = new SqliteAnalyticsRepository(db);
  });
  afterEach(() => db.close());

  const importRows = (rows: PerformanceRow[], now = '2026-12-04T00:00:00.000Z') =>
    importPerformanceRows({ rows, source: 'generic', file: '/in/a.csv', repository, now });

  it('matches by id, prefix and file name, reports the rest, and never counts a file twice', () => {
    const rows: PerformanceRow[] = [
      { line: 2, video: '1111aaaa-0000-4000-8000-000000000001', views: 1000, likes: 20, date: '2026-12-01' },
      { line: 3, video: '1111aaaa', views: 500, likes: 10, date: '2026-12-02', completionRate: 0.5 },
      {
        line: 4,
        video: 'start-now-question-hook-2222bbbb',
        views: 1500,
        likes: 90,
        date: '',
        completionRate: 0.3,
      },
      { line: 5, video: 'someone-elses-video', views: 5, date: '' },
      { line: 6, video: '1111aaaa-0000', views: 1, date: '2026-12-01' },
    ];
    const first = importRows(rows);
    expect(first).toMatchObject({ added: 3, replaced: 0, duplicates: [{ line: 6, firstLine: 2 }] });
    expect(first.unmatched).toEqual([
      { line: 5, video: 'someone-elses-video', reason: 'no rendered video matches "someone-elses-video"' },
    ]);
    const again = importRows(rows, '2026-12-05T00:00:00.000Z');
    expect(again).toMatchObject({ added: 0, replaced: 3 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM video_analytics').get()).toEqual({ n: 3 });

    const [group] = variantReport(repository);
    expect(group!.variants).toEqual([
      expect.objectContaining({
        variant: 'control',
        views: 1500,
        likes: 30,
        likeRate: 0.02,
        completionRate: 0.5,
      }),
      expect.objectContaining({
        variant: 'question-hook',
        views: 1500,
        likes: 90,
        likeRate: 0.06,
        completionRate: 0.3,
      }),
    ]);
    // 90/1500 against 30/1500: z ≈ 5.6, decisive.
    expect(group).toMatchObject({ group: GROUP, winner: 'question-hook', moreViewsNeeded: null });
  });

  it('says "not enough data yet" with the views needed when the numbers are close', () => {
    importRows([
      { line: 2, video: '1111aaaa', views: 300, likes: 9, date: '' },
      { line: 3, video: '2222bbbb', views: 300, likes: 12, date: '' },
    ]);
    const [group] = variantReport(repository, 'aaaa1111');
    expect(group).toMatchObject({ winner: null, leader: 'question-hook' });
    expect(group!.summary).toMatch(/^not enough data yet: question-hook leads control/);
    expect(group!.moreViewsNeeded).toBeGreaterThan(1000);
  });

  it('never adds a total to date to daily numbers of the same video and source: the kind imported last counts', () => {
    const control = '1111aaaa-0000-4000-8000-000000000001';
    const viewsOf = () => repository.totalsByJob().get(control)!.views;
    importRows([{ line: 2, video: '1111aaaa', views: 100, likes: 1, date: '' }], '2026-12-01T00:00:00.000Z');
    importRows(
      [{ line: 2, video: '1111aaaa', views: 5000, likes: 50, date: '2026-12-02' }],
      '2026-12-02T00:00:00.000Z',
    );
    expect(viewsOf()).toBe(5000);
    importRows(
      [{ line: 2, video: '1111aaaa', views: 700, likes: 7, date: '2026-12-03' }],
      '2026-12-03T00:00:00.000Z',
    );
    expect(viewsOf()).toBe(5700);
    importRows(
      [{ line: 2, video: '1111aaaa', views: 6000, likes: 60, date: '' }],
      '2026-12-04T00:00:00.000Z',
    );
    expect(repository.totalsByJob().get(control)).toMatchObject({ views: 6000, likes: 60 });
    // Another source is another place the video was seen: its numbers add.
    importPerformanceRows({
      rows: [{ line: 2, video: '1111aaaa', views: 40, likes: 4, date: '2026-12-04' }],
      source: 'tiktok',
      file: '/in/t.csv',
      repository,
      now: '2026-12-05T00:00:00.000Z',
    });
    expect(viewsOf()).toBe(6040);
  });

  it('counts the total when one file gives both a total and days for a video', () => {
    importRows([
      { line: 2, video: '1111aaaa', views: 900, likes: 9, date: '' },
      { line: 3, video: '1111aaaa', views: 400, likes: 4, date: '2026-12-01' },
    ]);
    expect(repository.totalsByJob().get('1111aaaa-0000-4000-8000-000000000001')!.views).toBe(900);
  });

  it('says likes are needed, not a number of views, when the file gave views only', () => {
    importRows([
      { line: 2, video: '1111aaaa', views: 3000, date: '' },
      { line: 3, video: '2222bbbb', views: 2000, date: '' },
    ]);
    const [group] = variantReport(repository);
    expect(group).toMatchObject({ winner: null, leader: null, moreViewsNeeded: null });
    expect(group!.summary).toContain('no likes imported for control, question-hook');
  });

  it('refuses an unknown or too short group', () => {
    expect(() => variantReport(repository, 'ffff0000')).toThrow('no variant group has this id');
    expect(() => variantReport(repository, 'aa')).toThrow('at least 4');
    expect(variantReport(repository, GROUP)).toHaveLength(1);
  });
});
