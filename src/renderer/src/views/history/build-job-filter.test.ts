import { describe, expect, it } from 'vitest';
import { buildJobFilter, EMPTY_HISTORY_FILTER, HISTORY_PAGE_SIZE } from './build-job-filter.js';

describe('buildJobFilter', () => {
  it('sends only paging and order for an empty form', () => {
    expect(buildJobFilter(EMPTY_HISTORY_FILTER)).toEqual({ limit: HISTORY_PAGE_SIZE, order: 'newest' });
  });

  it('maps every field, trimming the search and spanning whole local days', () => {
    const filter = buildJobFilter({
      search: '  calm ',
      channel: 'water',
      providerId: 'ffmpeg',
      status: 'failed',
      from: '2024-05-01',
      to: '2024-05-03',
    });
    expect(filter).toMatchObject({
      search: 'calm',
      channel: 'water',
      providerId: 'ffmpeg',
      status: ['failed'],
    });
    expect(filter.createdAfter).toBe(new Date(2024, 4, 1).toISOString());
    expect(filter.createdBefore).toBe(new Date(2024, 4, 3, 23, 59, 59, 999).toISOString());
  });

  it('ignores malformed dates', () => {
    expect(buildJobFilter({ ...EMPTY_HISTORY_FILTER, from: '2024-5-1' }).createdAfter).toBeUndefined();
  });
});
