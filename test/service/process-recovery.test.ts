import { afterEach, describe, expect, it } from 'vitest';
import { MockVideoProvider } from '../../src/main/infrastructure/providers/mock/mock-video-provider.js';
import { createHarness, type Harness } from '../support/service-harness.js';
import { scriptText } from '../support/scripts.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';

/** A pid no process has: Linux pids stay below 2^22. */
const DEAD_PID = 4_194_304 + 17;

const open: Harness[] = [];
let temp: ReturnType<typeof makeTempDir>;
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
  temp?.cleanup();
});

function peer(pid: number, simulatedSeconds: number, adoptOrphanedJobs = false): Harness {
  const harness = createHarness({
    providers: [new MockVideoProvider({ simulatedSeconds })],
    dataDir: temp.path,
    pid,
    adoptOrphanedJobs,
  });
  open.push(harness);
  return harness;
}

describe('jobs shared between processes', () => {
  it('marks running jobs of a dead process interrupted, and a live peer’s jobs not', async () => {
    temp = makeTempDir();
    const live = peer(process.pid, 60);
    const liveJob = await live.service.enqueue(scriptText('air', 'Live'), { provider: 'mock' });
    await until(() => live.service.getJob(liveJob.id).status === 'running');
    // Starting this peer must leave the live peer's running job alone.
    const dead = peer(DEAD_PID, 60);
    expect(dead.service.recovery.interrupted).toEqual([]);
    const deadJob = await dead.service.enqueue(scriptText('air', 'Dead'), { provider: 'mock' });
    await until(() => dead.service.getJob(deadJob.id).status === 'running');

    // A third process starts: the "dead" owner pid does not exist, the live one does.
    const third = peer(process.pid + 1_000_000, 0);
    expect(third.service.recovery.interrupted.map((j) => j.id)).toEqual([deadJob.id]);
    expect(third.service.getJob(liveJob.id).status).toBe('running');
  });

  it('lets a desktop-like process adopt queued jobs of a dead process, and not a CLI-like one', async () => {
    temp = makeTempDir();
    const dead = peer(DEAD_PID, 60);
    // Two queued behind one running (max_concurrent 1): all owned by the dead pid.
    const jobs = [];
    for (const topic of ['A', 'B', 'C'])
      jobs.push(await dead.service.enqueue(scriptText('air', topic), { provider: 'mock' }));
    await dead.close();
    open.splice(open.indexOf(dead), 1);

    const cli = peer(process.pid + 2_000_000, 0.01);
    expect(cli.service.recovery.adopted).toEqual([]);
    await cli.close();
    open.splice(open.indexOf(cli), 1);

    const app = peer(process.pid, 0.01, true);
    expect(app.service.recovery.adopted.map((j) => j.topic).sort()).toEqual(['B', 'C']);
    const done = await Promise.all(app.service.recovery.adopted.map((j) => app.service.waitForJob(j.id)));
    expect(done.map((j) => j.status)).toEqual(['completed', 'completed']);
    expect(app.service.getJob(jobs[0]!.id).status).toBe('interrupted');
  });

  it('cancels a job running in another process through the shared database', async () => {
    temp = makeTempDir();
    const owner = peer(process.pid, 60);
    const job = await owner.service.enqueue(scriptText('water', 'Remote'), { provider: 'mock' });
    const ownerWait = owner.service.waitForJob(job.id);
    await until(() => owner.service.getJob(job.id).status === 'running');

    const other = peer(process.pid + 3_000_000, 0);
    const cancelled = await other.service.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.error?.message).toMatch(/another Reelforge/);
    expect((await ownerWait).status).toBe('cancelled');
  });

  it('wakes a waiter when another process cancels its queued job', async () => {
    temp = makeTempDir();
    const owner = peer(process.pid, 60);
    await owner.service.enqueue(scriptText('air', 'Busy'), { provider: 'mock' });
    const queued = await owner.service.enqueue(scriptText('air', 'Waiting'), { provider: 'mock' });
    const wait = owner.service.waitForJob(queued.id);
    const other = peer(process.pid + 4_000_000, 0);
    expect((await other.service.cancel(queued.id)).status).toBe('cancelled');
    expect((await wait).status).toBe('cancelled');
  });
});
