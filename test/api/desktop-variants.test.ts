import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteAnalyticsRepository } from '../../src/main/infrastructure/analytics/sqlite-analytics-repository.js';
import { DEFAULT_DATABASE_FILE, openDatabase } from '../../src/main/infrastructure/storage/database.js';
import { useMockDesktopRuntime } from '../support/mock-desktop-runtime.js';

const { start, dataDir } = useMockDesktopRuntime();

const script = JSON.stringify({
  channel: 'air',
  topic: 'Variants',
  hook: 'Breathe in.',
  main_points: ['One calm point.'],
  call_to_action: 'Follow.',
  variants: [{ name: 'calm' }, { name: 'bold', hook: 'Breathe in. Now.' }],
});

describe('A/B variants in the desktop API', () => {
  it('the Render button queues every variant, and analytics.report shows their group', async () => {
    const rt = start();
    const [entry] = await rt.handlers['library.addFiles']({ files: [{ name: 'v.json', content: script }] });
    expect(entry!.status).toBe('valid');
    const { jobs, rejected } = await rt.handlers['jobs.enqueue']({
      libraryIds: [entry!.id],
      provider: 'mock',
    });
    expect(rejected).toEqual([]);
    expect(jobs.map((j) => j.variant)).toEqual(['calm', 'bold']);
    expect(new Set(jobs.map((j) => j.variantGroup)).size).toBe(1);
    const done = await Promise.all(jobs.map((j) => rt.service.waitForJob(j.id)));
    expect(done.map((j) => j.status)).toEqual(['completed', 'completed']);
    expect(done[1]!.script.hook).toBe('Breathe in. Now.');

    // As `reelforge analytics import` would, from another process on the same database.
    const cli = openDatabase(join(dataDir(), DEFAULT_DATABASE_FILE));
    try {
      new SqliteAnalyticsRepository(cli).save(
        [
          { jobId: jobs[0]!.id, source: 'generic', date: '', views: 2000, likes: 40 },
          { jobId: jobs[1]!.id, source: 'generic', date: '', views: 2000, likes: 120 },
        ],
        'test.csv',
        '2026-12-04T00:00:00.000Z',
      );
    } finally {
      cli.close();
    }
    const [group] = await rt.handlers['analytics.report']({});
    expect(group).toMatchObject({ group: jobs[0]!.variantGroup, topic: 'Variants', winner: 'bold' });
    await expect(rt.handlers['analytics.report']({ group: 'ffffffff' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
