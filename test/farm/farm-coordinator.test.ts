import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FarmConflictError,
  FarmCoordinator,
  FarmUnsuitableError,
  type FarmCompletion,
} from '../../src/main/application/farm/farm-coordinator.js';
import { createReelforgeCore, type ReelforgeCore } from '../../src/main/composition-root.js';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { SqliteJobWorkers } from '../../src/main/infrastructure/storage/sqlite-job-workers.js';
import { scriptText } from '../support/scripts.js';
import { makeTempDir } from '../support/temp-dir.js';
import { statSync } from 'node:fs';

// The coordinator's side of the worker protocol over a real service and SQLite file, not
// started: as under `reelforge serve` with a farm, nothing renders in this process.
describe('FarmCoordinator', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let core: ReelforgeCore;
  let coordinator: FarmCoordinator;

  beforeEach(() => {
    temp = makeTempDir('reelforge-farm-coordinator-');
    writeFileSync(
      join(temp.path, 'config.json'),
      JSON.stringify({ global: { output_dir: join(temp.path, 'videos') } }),
    );
    core = createReelforgeCore({
      dataDir: temp.path,
      env: {},
      providers: () => [new MockVideoProvider({ simulatedSeconds: 0 })],
      start: false,
    });
    coordinator = new FarmCoordinator({
      jobs: core.service,
      workerColumn: new SqliteJobWorkers(core.database),
      sizeOf: (path) => {
        try {
          return statSync(path).size;
        } catch {
          return undefined;
        }
      },
    });
  });

  afterEach(async () => {
    await core.service.close();
    temp.cleanup();
  });

  const queue = async () => (await core.service.enqueue(scriptText('air', 'Farm'), { provider: 'mock' })).id;
  const upload = (jobId: string, worker: string, name: string) => {
    const dir = coordinator.uploadDir(jobId, worker);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), 'bytes');
  };
  const completion: FarmCompletion = {
    providerId: 'mock',
    video: 'video.json',
    extraFiles: [],
    durationSeconds: 3,
    width: 540,
    height: 960,
    mimeType: 'application/json',
    renderSeconds: 0.5,
    fallbackTrail: [],
  };

  it('records the worker from the claim on, and completes with the uploaded files', async () => {
    const id = await queue();
    const ticket = coordinator.claim(id, 'host-a/w1');
    expect(ticket.options.provider).toBe('mock');
    expect(ticket.scriptContent).toContain('Farm');
    expect(core.service.getJob(id)).toMatchObject({ status: 'running', worker: 'host-a/w1' });
    coordinator.progress(id, 'host-a/w1', 0.5, 'rendering');
    expect(core.service.getJob(id).progress).toBe(0.5);
    upload(id, 'host-a/w1', 'video.json');
    const done = coordinator.complete(id, 'host-a/w1', completion);
    expect(done.status).toBe('completed');
    expect(done.result?.outputPath).toBe(join(temp.path, 'videos', 'farm', id, 'video.json'));
    expect(done.result?.sizeBytes).toBe(5);
  });

  it("names an auto job's provider from the worker's first progress; a fixed provider stays", async () => {
    const auto = (await core.service.enqueue(scriptText('air', 'Auto'), { provider: 'auto' })).id;
    coordinator.claim(auto, 'host-a/w1');
    expect(core.service.getJob(auto).providerId).toBeUndefined();
    coordinator.progress(auto, 'host-a/w1', 0.1, 'rendering', 'ffmpeg');
    expect(core.service.getJob(auto)).toMatchObject({ providerId: 'ffmpeg', progress: 0.1 });

    const fixed = await queue();
    coordinator.claim(fixed, 'host-a/w1');
    coordinator.progress(fixed, 'host-a/w1', 0.2, 'rendering', 'runway');
    expect(core.service.getJob(fixed).providerId).toBe('mock');
  });

  it('completes once: the worker that lost the job to another (stalled) is refused', async () => {
    const id = await queue();
    coordinator.claim(id, 'host-a/w1');
    coordinator.claim(id, 'host-b/w2'); // stalled recovery handed it on
    expect(() => coordinator.progress(id, 'host-a/w1', 0.9, 'late')).toThrow(FarmConflictError);
    expect(() => coordinator.uploadDir(id, 'host-a/w1')).toThrow('held by worker host-b/w2, not host-a/w1');
    upload(id, 'host-b/w2', 'video.json');
    coordinator.complete(id, 'host-b/w2', completion);
    expect(() => coordinator.complete(id, 'host-b/w2', completion)).toThrow(
      'is completed, no longer running',
    );
    expect(core.service.getJob(id).worker).toBe('host-b/w2');
  });

  it('refuses to complete before the video was uploaded, naming the file', async () => {
    const id = await queue();
    coordinator.claim(id, 'host-a/w1');
    expect(() => coordinator.complete(id, 'host-a/w1', completion)).toThrow(
      `job ${id}: "video.json" was not uploaded before completing`,
    );
    expect(core.service.getJob(id).status).toBe('running');
  });

  it('hands out nothing for a cancelled job, and leaves a job for another provider to other workers', async () => {
    const cancelled = await queue();
    await core.service.cancel(cancelled);
    expect(() => coordinator.claim(cancelled, 'host-a/w1')).toThrow(FarmConflictError);
    const other = await queue();
    expect(() => coordinator.claim(other, 'host-a/w1', ['ffmpeg'])).toThrow(FarmUnsuitableError);
    expect(core.service.getJob(other)).toMatchObject({ status: 'queued' });
    expect(core.service.getJob(other).worker).toBeUndefined();
  });

  it('a failure or cancel on the worker ends the job with its error', async () => {
    const id = await queue();
    coordinator.claim(id, 'host-a/w1');
    const ended = coordinator.fail(id, 'host-a/w1', 'cancelled', 'cancelled', 'cancelled by user');
    expect(ended).toMatchObject({ status: 'cancelled', error: { code: 'cancelled' } });
  });
});
