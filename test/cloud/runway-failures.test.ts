import { describe, expect, it } from 'vitest';
import { HAS_FFMPEG } from '../support/media-tools.js';
import { scriptText } from '../support/scripts.js';
import { useRunwayFixture } from './cloud-fixture.js';
import { listFiles, until } from './cloud-harness.js';

const runway = useRunwayFixture();
const harness = runway.harness;

/** Each render uses its own topic, so its prompts (and cache keys) are new. */
let topics = 0;
function topic(name: string): string {
  topics += 1;
  return `${name} ${topics}`;
}

describe.skipIf(!HAS_FFMPEG)('Runway failure modes, through the service', () => {
  it('cancel deletes the running tasks at Runway at once and leaves no file', async () => {
    runway.fake().script.runningPolls = 10_000;
    const h = harness();
    const job = await h.service.enqueue(scriptText('air', topic('Cancel me'), 1), { provider: 'runway' });
    await until(
      () => runway.fake().createdTaskIds.length > 0 && h.service.getJob(job.id).checkpoint !== undefined,
    );
    const taskId = runway.fake().createdTaskIds.at(-1)!;
    await h.service.cancel(job.id);
    const done = await h.service.waitForJob(job.id);
    expect(done.status).toBe('cancelled');
    await until(() => runway.fake().deletedTaskIds.includes(taskId), 3000);
    expect(listFiles(h.outputDir)).toEqual([]);
  });

  it('times out: the timeout wins over polling, and the task is deleted', async () => {
    runway.fake().script.runningPolls = 10_000;
    const h = harness({ timeout_seconds: 1 });
    const job = await h.service.waitForJob(
      (await h.service.enqueue(scriptText('air', topic('Slow'), 1), { provider: 'runway' })).id,
    );
    expect(job.status).toBe('failed');
    expect(job.error!.message).toMatch(/timed out after 1 s/);
    await until(() => runway.fake().deletedTaskIds.includes(runway.fake().createdTaskIds.at(-1)!), 3000);
  });

  it('shows "throttled at Runway" while tasks wait for a slot, then completes', async () => {
    runway.fake().script.throttledPolls = 4;
    const h = harness();
    const stages: string[] = [];
    h.service.onJobEvent((event) => {
      if (event.type === 'job-progress') stages.push(event.stage);
    });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Throttled'), 1), { provider: 'runway' })).id,
    );
    expect(job.status).toBe('completed');
    expect(stages.some((s) => s.startsWith('throttled at Runway'))).toBe(true);
    expect(stages).toContain('composing');
  });

  it('survives an expired output URL (re-reads the task) and a connection dropped mid-download', async () => {
    runway.fake().script.downloadFailures = ['expired', 'drop'];
    const h = harness();
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Flaky download'), 1), { provider: 'runway' }))
        .id,
    );
    expect(job.status).toBe('completed');
    expect(runway.fake().script.downloadFailures).toEqual([]);
    expect(listFiles(h.dataDir).filter((p) => p.includes('.partial'))).toEqual([]);
  });

  it('gives up on a download that keeps dropping, retryable, with no partial file anywhere', async () => {
    runway.fake().script.downloadFailures = ['drop', 'drop', 'drop', 'drop', 'drop', 'drop', 'drop', 'drop'];
    const h = harness();
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Dropping'), 1), { provider: 'runway' })).id,
    );
    expect(job.status).toBe('failed');
    expect(job.error!.message).toMatch(/unreachable.*connection .*broke|ended after/);
    expect(listFiles(h.dataDir).filter((p) => p.includes('.partial') || p.endsWith('.mp4'))).toEqual([]);
  });

  it('turns a 400 into a final error with the API text', async () => {
    runway
      .fake()
      .script.createFailures.push({ status: 400, error: 'promptText: contains unsupported characters' });
    const h = harness({}, { default_provider: 'runway' });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Bad request'), 1), { provider: 'auto' })).id,
    );
    expect(job.status).toBe('failed');
    expect(job.fallbackTrail).toEqual([]);
    expect(job.error!.message).toContain('promptText: contains unsupported characters');
  });

  it('treats malformed JSON as a retryable failure, so auto falls back', async () => {
    runway.fake().script.getFailures.push('malformed');
    const h = harness({}, { default_provider: 'runway' });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Malformed'), 1), { provider: 'auto' })).id,
    );
    expect(job.status).toBe('completed');
    expect(job.result!.providerId).toBe('ffmpeg');
    expect(job.fallbackTrail[0]!.error).toMatch(/cannot read/);
  });

  it('a server that never answers counts as unreachable after the retries, and auto falls back', async () => {
    runway.fake().script.hangAll = true;
    const h = harness({ request_timeout_seconds: 0.2, max_retries: 1 }, { default_provider: 'runway' });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Hanging'), 1), { provider: 'auto' })).id,
    );
    expect(job.status).toBe('completed');
    expect(job.result!.providerId).toBe('ffmpeg');
    expect(job.fallbackTrail[0]!.error).toMatch(/unreachable/);
  });

  it('"auto" with an unreachable host falls back to ffmpeg', async () => {
    const h = harness({ api_url: 'http://127.0.0.1:9', max_retries: 1 }, { default_provider: 'runway' });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', topic('Offline'), 1), { provider: 'auto' })).id,
    );
    expect(job.status).toBe('completed');
    expect(job.result!.providerId).toBe('ffmpeg');
    expect(job.fallbackTrail.map((a) => a.providerId)).toEqual(['runway']);
  });

  it('checkConnection tells ok, wrong key and unreachable apart, and availability needs a key', async () => {
    const ok = harness();
    expect(await ok.runway.checkConnection(AbortSignal.timeout(5000))).toMatchObject({ ok: true });
    const wrong = harness({ api_key: 'rw-not-the-key-000000' });
    const wrongCheck = await wrong.runway.checkConnection(AbortSignal.timeout(5000));
    expect(wrongCheck).toMatchObject({ ok: false });
    expect(wrongCheck.message).toMatch(/^wrong key/);
    expect(wrongCheck.message).not.toContain('rw-not-the-key-000000');
    const down = harness({ api_url: 'http://127.0.0.1:9' });
    expect((await down.runway.checkConnection(AbortSignal.timeout(5000))).message).toMatch(/^unreachable/);
    const none = harness({ api_key: undefined });
    expect(await none.runway.isAvailable()).toEqual({
      available: false,
      reason: 'no API key: set VIDEO_PROVIDER_RUNWAY_API_KEY or add it in Settings',
    });
  });
});
