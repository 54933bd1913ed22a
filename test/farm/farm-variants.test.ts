import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VideoJob } from '../../src/main/application/job.js';
import {
  DEFAULT_DATABASE_FILE,
  openDatabase,
  SqliteJobRepository,
} from '../../src/main/infrastructure/storage/index.js';
import { until } from '../support/until.js';
import { startConnectedFarm } from './desktop-farm.js';
import { useRedisPerTest } from './redis-process.js';

const TOKEN = 'farm-variants-token-0123456789';

const script = (extra: Record<string, unknown>) =>
  JSON.stringify({
    channel: 'air',
    topic: 'Variants on a farm',
    hook: 'Breathe in.',
    main_points: ['One calm point.'],
    call_to_action: 'Follow.',
    ...extra,
  });

// A job renders on a worker as it was queued: only its own A/B variant (not every variant of the
// script again), with the template the render chose.
describe('A/B variants and templates on a farm', () => {
  const redis = useRedisPerTest();

  it('each variant job renders its own variant once, with its template; a chosen template travels', async () => {
    const { app, startWorker } = await startConnectedFarm(redis, TOKEN);
    const [withVariants, plain] = await app.runtime.handlers['library.addFiles']({
      files: [
        {
          name: 'variants.json',
          content: script({
            variants: [{ name: 'control' }, { name: 'fire-look', hook: 'Feel the heat.', template: 'fire' }],
          }),
        },
        { name: 'plain.json', content: script({}) },
      ],
    });
    const queued = [
      ...(await app.runtime.handlers['jobs.enqueue']({ libraryIds: [withVariants!.id], provider: 'mock' }))
        .jobs,
      ...(
        await app.runtime.handlers['jobs.enqueue']({
          libraryIds: [plain!.id],
          provider: 'mock',
          template: 'water',
        })
      ).jobs,
    ];
    expect(queued).toHaveLength(3);

    const worker = await startWorker();
    await until(
      () => queued.every((job) => app.runtime.service.getJob(job.id).status === 'completed'),
      30_000,
    );

    const database = openDatabase(join(worker.dataDir, DEFAULT_DATABASE_FILE));
    let local: VideoJob[];
    try {
      local = new SqliteJobRepository(database).list();
    } finally {
      database.close();
    }
    const rendered = (job: VideoJob) => [job.variant ?? '-', job.script.template ?? '-', job.script.hook];
    expect(local.map(rendered).sort()).toEqual(
      queued.map((job) => rendered(app.runtime.service.getJob(job.id))).sort(),
    );
    expect(local.map(rendered).sort()).toEqual([
      ['-', 'water', 'Breathe in.'],
      ['control', '-', 'Breathe in.'],
      ['fire-look', 'fire', 'Feel the heat.'],
    ]);
  }, 60_000);
});
