import { describe, expect, it } from 'vitest';
import { buildJobCountQuery, buildJobListQuery, buildJobWhere, escapeLike } from './job-query.js';

describe('escapeLike', () => {
  it('escapes the LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_off\\now')).toBe('100\\%\\_off\\\\now');
    expect(escapeLike('plain')).toBe('plain');
  });
});

describe('buildJobWhere', () => {
  it('is empty without a filter, and for an empty status list', () => {
    expect(buildJobWhere()).toEqual({ sql: '', params: [] });
    expect(buildJobWhere({ status: [] })).toEqual({ sql: '', params: [] });
  });

  it('combines every condition with AND, in a fixed order', () => {
    const where = buildJobWhere({
      status: ['queued', 'running'],
      channel: 'tech',
      providerId: 'ffmpeg',
      search: '  50%  ',
      createdAfter: '2025-01-01',
      createdBefore: '2025-01-02T02:00:00+02:00',
    });
    expect(where.sql).toBe(
      " WHERE status IN (?, ?) AND channel = ? AND provider_id = ? AND (topic LIKE ? ESCAPE '\\' OR script_name LIKE ? ESCAPE '\\' OR json_extract(script_json, '$.hook') LIKE ? ESCAPE '\\' OR json_extract(script_json, '$.callToAction') LIKE ? ESCAPE '\\' OR (SELECT group_concat(value, char(10)) FROM json_each(script_json, '$.mainPoints')) LIKE ? ESCAPE '\\') AND created_at >= ? AND created_at < ?",
    );
    expect(where.params).toEqual([
      'queued',
      'running',
      'tech',
      'ffmpeg',
      '%50\\%%',
      '%50\\%%',
      '%50\\%%',
      '%50\\%%',
      '%50\\%%',
      '2025-01-01T00:00:00.000Z',
      '2025-01-02T00:00:00.000Z',
    ]);
  });

  it('ignores a blank search', () => {
    expect(buildJobWhere({ search: '   ' }).sql).toBe('');
  });

  it('names the filter field of an unreadable date', () => {
    expect(() => buildJobWhere({ createdAfter: 'last tuesday' })).toThrow(
      'job filter createdAfter: "last tuesday" is not a date or time',
    );
  });
});

describe('buildJobListQuery', () => {
  it('orders newest first by default and oldest first on request, ties by seq', () => {
    expect(buildJobListQuery().sql).toBe('SELECT * FROM jobs ORDER BY created_at DESC, seq DESC');
    expect(buildJobListQuery({ order: 'oldest' }).sql).toBe(
      'SELECT * FROM jobs ORDER BY created_at ASC, seq ASC',
    );
  });

  it('pages with LIMIT and OFFSET, an offset alone meaning no limit', () => {
    expect(buildJobListQuery({ limit: 10, offset: 20 }).params).toEqual([10, 20]);
    expect(buildJobListQuery({ offset: 5 }).params).toEqual([-1, 5]);
    expect(buildJobListQuery({ limit: 3 }).params).toEqual([3, 0]);
  });

  it('refuses negative or fractional paging values', () => {
    expect(() => buildJobListQuery({ limit: -1 })).toThrow(
      'job filter limit: expected a whole number ≥ 0, got -1',
    );
    expect(() => buildJobListQuery({ offset: 1.5 })).toThrow(/job filter offset/);
  });
});

describe('buildJobCountQuery', () => {
  it('counts with the same conditions and no paging', () => {
    expect(buildJobCountQuery({ channel: 'tech', limit: 1 })).toEqual({
      sql: 'SELECT COUNT(*) AS n FROM jobs WHERE channel = ?',
      params: ['tech'],
    });
  });
});
