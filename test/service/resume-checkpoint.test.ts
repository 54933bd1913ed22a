import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderAvailability, RenderContext } from '#core/provider.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { ProviderOutput } from '#core/result.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { openDatabase, SqliteJobRepository } from '../../src/main/infrastructure/storage/index.js';
import { makeJob } from '../../src/main/infrastructure/storage/test-fixtures.js';
import { scriptText } from '../support/scripts.js';
import { createHarness, type Harness } from '../support/service-harness.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';

const DEAD_PID = 4_194_304 + 23;

/** Stands in for a cloud provider: remembers a remote id and resumes from it. */
class RemoteLikeProvider extends MockVideoProvider {
  readonly resumable = true;
  readonly loaded: unknown[] = [];
  constructor() {
    super({ id: 'remote', autoSelectable: true, simulatedSeconds: 0.01 });
  }
  override async isAvailable(): Promise<ProviderAvailability> {
    return { available: true };
  }
  override estimateCost(): { amount: number; unit: string } {
    return { amount: 12, unit: 'credits' };
  }
  protected override async render(
    request: VideoGenerationRequest,
    context: RenderContext,
  ): Promise<ProviderOutput> {
    const saved = context.checkpoint?.load();
    this.loaded.push(saved);
    if (!saved) context.checkpoint?.save({ remoteId: `r-${request.jobId.slice(0, 4)}` });
    const output = await super.render(request, context);
    return { ...output, cost: { amount: 10, unit: 'credits' } };
  }
}

let harness: Harness | undefined;
let temp: ReturnType<typeof makeTempDir>;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
  temp.cleanup();
});

function seedRunningJob(providerId: string, checkpoint: Record<string, unknown> | undefined): string {
  const db = openDatabase(join(temp.path, 'reelforge.sqlite'));
  const job = makeJob({
    status: 'running',
    stage: 'generating 1 of 3',
    providerId,
    ownerPid: DEAD_PID,
    startedAt: new Date().toISOString(),
    options: {
      provider: 'auto',
      quality: 'draft',
      aspectRatio: '9:16',
      outputDir: join(temp.path, 'videos'),
    },
    ...(checkpoint ? { checkpoint } : {}),
  });
  new SqliteJobRepository(db).insert(job);
  db.close();
  return job.id;
}

describe('resuming remote renders after a crash', () => {
  it('queues a resumable job again and hands its checkpoint back to the same provider', async () => {
    temp = makeTempDir();
    const id = seedRunningJob('remote', { remoteId: 'r-before-crash' });
    const provider = new RemoteLikeProvider();
    harness = createHarness({ providers: [provider], dataDir: temp.path, adoptOrphanedJobs: true });
    expect(harness.service.recovery.resumable.map((j) => j.id)).toEqual([id]);
    expect(harness.service.recovery.interrupted).toEqual([]);
    const done = await harness.service.waitForJob(id);
    expect(done.status).toBe('completed');
    expect(done.providerId).toBe('remote');
    expect(provider.loaded).toEqual([{ remoteId: 'r-before-crash' }]);
  });

  it('interrupts a job whose provider cannot resume, checkpoint or not', async () => {
    temp = makeTempDir();
    const id = seedRunningJob('mock', { something: 1 });
    harness = createHarness({
      providers: [new MockVideoProvider()],
      dataDir: temp.path,
      adoptOrphanedJobs: true,
    });
    expect(harness.service.recovery.interrupted.map((j) => j.id)).toEqual([id]);
  });

  it('leaves a remote render to resume, not interrupted, when Reelforge closes gracefully', async () => {
    temp = makeTempDir();
    const slow = new (class extends RemoteLikeProvider {
      protected override async render(
        request: VideoGenerationRequest,
        context: RenderContext,
      ): Promise<ProviderOutput> {
        context.checkpoint?.save({ remoteId: 'still-running' });
        await new Promise((_resolve, reject) =>
          context.signal.addEventListener('abort', () => reject(context.signal.reason), { once: true }),
        );
        throw new Error('unreachable');
      }
    })();
    harness = createHarness({ providers: [slow], dataDir: temp.path });
    const job = await harness.service.enqueue(scriptText('air', 'T', 1), { provider: 'remote' });
    const waiting = harness.service.waitForJob(job.id);
    await until(() => harness!.service.getJob(job.id).checkpoint !== undefined);
    await harness.close();
    // Whoever waited is not left hanging: they get the job as it stands, queued to resume.
    expect(await waiting).toMatchObject({ id: job.id, status: 'queued' });
    harness = createHarness({ providers: [new RemoteLikeProvider()], dataDir: temp.path });
    const after = harness.service.getJob(job.id);
    expect(after).toMatchObject({
      status: 'queued',
      providerId: 'remote',
      checkpoint: { remoteId: 'still-running' },
    });
  });

  it('saves the checkpoint in the job row at once, and records estimate and actual cost', async () => {
    temp = makeTempDir();
    const provider = new RemoteLikeProvider();
    harness = createHarness({ providers: [provider], dataDir: temp.path });
    const job = await harness.service.generateVideo(scriptText('air', 'T', 1), { provider: 'remote' });
    expect(job.status).toBe('completed');
    expect(job.checkpoint).toEqual({ remoteId: `r-${job.id.slice(0, 4)}` });
    expect(job.cost).toEqual({
      estimate: { amount: 12, unit: 'credits' },
      actual: { amount: 10, unit: 'credits' },
    });
  });
});
