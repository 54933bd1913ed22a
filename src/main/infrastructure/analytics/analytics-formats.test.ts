import { describe, expect, it } from 'vitest';
import { parseCsv } from '#core/analytics/csv.js';
import { readPerformanceRows } from './analytics-formats.js';

const read = (text: string, format: 'generic' | 'youtube' | 'tiktok') =>
  readPerformanceRows(parseCsv(text), format);

describe('readPerformanceRows', () => {
  it('generic: required video and views, optional numbers, any column order and header case', () => {
    const result = read(
      'Views,video,likes,completion_rate,date,average_view_duration_seconds\n1200,abc,30,0.4,2026-12-01,12.5\n"1,500",def,,,,\n',
      'generic',
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        video: 'abc',
        views: 1200,
        likes: 30,
        completionRate: 0.4,
        date: '2026-12-01',
        averageViewDurationSeconds: 12.5,
      },
      { line: 3, video: 'def', views: 1500, date: '' },
    ]);
  });

  it('names the line, column and header of every unreadable cell, and a missing column on line 1', () => {
    expect(read('video,views,completion_rate\nabc,lots,1.5\n', 'generic').problems).toEqual([
      { line: 2, column: 2, header: 'views', message: 'expected a whole number of 0 or more, got "lots"' },
      { line: 2, column: 3, header: 'completion_rate', message: '"1.5" is over 1' },
    ]);
    expect(read('video,likes\nabc,3\n', 'generic').problems).toEqual([
      expect.objectContaining({
        line: 1,
        header: 'views',
        message: expect.stringContaining('no "views" column'),
      }),
    ]);
  });

  it('youtube: maps YouTube Studio columns and skips the "Total" row', () => {
    const csv = [
      'Content,Video title,Video publish time,Duration,Views,Watch time (hours),Average view duration,Average percentage viewed (%),Likes,Comments added,Shares',
      'Total,,,,"2,000",10.5,0:00:19,61.2,80,7,5',
      'dQw4w9WgXcQ,start-now-control-1a2b3c4d,"Dec 1, 2026",31,"1,100",6.1,0:00:20,64.5,50,4,3',
    ].join('\r\n');
    const result = read(csv, 'youtube');
    expect(result.problems).toEqual([]);
    expect(result.summaryLines).toEqual([2]);
    expect(result.rows).toEqual([
      {
        line: 3,
        video: 'start-now-control-1a2b3c4d',
        views: 1100,
        likes: 50,
        comments: 4,
        shares: 3,
        averageViewDurationSeconds: 20,
        completionRate: 0.645,
        date: '',
      },
    ]);
  });

  it('tiktok: maps TikTok Studio columns', () => {
    const csv =
      '\uFEFFDate,Video title,Video views,Likes,Comments,Shares,Average watch time,Watched full video\n2026-12-02,"Try this, start-now-b-1a2b3c4d",900,72,3,9,8.4s,22.5%\n';
    expect(read(csv, 'tiktok').rows).toEqual([
      {
        line: 2,
        video: 'Try this, start-now-b-1a2b3c4d',
        views: 900,
        likes: 72,
        comments: 3,
        shares: 9,
        averageViewDurationSeconds: 8.4,
        completionRate: 0.225,
        date: '2026-12-02',
      },
    ]);
  });
});
