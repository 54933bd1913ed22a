import { beforeEach, describe, expect, it } from 'vitest';
import { useMemoryDatabase } from '../test-support/memory-database.js';
import { SqliteProviderMetricsRepository } from './sqlite-provider-metrics-repository.js';

describe('SqliteProviderMetricsRepository', () => {
  const memory = useMemoryDatabase();
  let metrics: SqliteProviderMetricsRepository;
  beforeEach(() => {
    metrics = new SqliteProviderMetricsRepository(memory.db);
  });

  it('knows nothing of a provider that never ran', () => {
    expect(metrics.get('ffmpeg')).toBeUndefined();
    expect(metrics.list()).toEqual([]);
  });

  it('counts successes and averages their render time', () => {
    metrics.recordSuccess('ffmpeg', 10, '2025-01-01T00:00:00.000Z');
    metrics.recordSuccess('ffmpeg', 20, '2025-01-02T00:00:00.000Z');
    expect(metrics.get('ffmpeg')).toStrictEqual({
      providerId: 'ffmpeg',
      successes: 2,
      failures: 0,
      averageSeconds: 15,
      lastSuccessAt: '2025-01-02T00:00:00.000Z',
    });
  });

  it('keeps the last failure and leaves the average undefined without successes', () => {
    metrics.recordFailure('remotion', 'chromium not found', '2025-01-01T00:00:00.000Z');
    metrics.recordFailure('remotion', 'timed out after 60 s', '2025-01-03T00:00:00.000Z');
    expect(metrics.get('remotion')).toStrictEqual({
      providerId: 'remotion',
      successes: 0,
      failures: 2,
      averageSeconds: undefined,
      lastError: 'timed out after 60 s',
      lastErrorAt: '2025-01-03T00:00:00.000Z',
    });
  });

  it('keeps successes and failures of one provider side by side', () => {
    metrics.recordFailure('ffmpeg', 'exit 1', '2025-01-01T00:00:00.000Z');
    metrics.recordSuccess('ffmpeg', 3, '2025-01-02T00:00:00.000Z');
    expect(metrics.get('ffmpeg')).toMatchObject({
      successes: 1,
      failures: 1,
      averageSeconds: 3,
      lastError: 'exit 1',
      lastSuccessAt: '2025-01-02T00:00:00.000Z',
    });
  });

  it('lists every provider by id', () => {
    metrics.recordSuccess('remotion', 1, '2025-01-01T00:00:00.000Z');
    metrics.recordSuccess('ffmpeg', 1, '2025-01-01T00:00:00.000Z');
    metrics.recordFailure('mock', 'boom', '2025-01-01T00:00:00.000Z');
    expect(metrics.list().map((m) => m.providerId)).toEqual(['ffmpeg', 'mock', 'remotion']);
  });

  it('refuses a render time that would poison the average', () => {
    expect(() => metrics.recordSuccess('ffmpeg', Number.NaN, '2025-01-01T00:00:00.000Z')).toThrow(
      'provider ffmpeg: render time must be a number ≥ 0, got NaN',
    );
    expect(() => metrics.recordSuccess('ffmpeg', -1, '2025-01-01T00:00:00.000Z')).toThrow(/got -1/);
    expect(metrics.get('ffmpeg')).toBeUndefined();
  });
});
