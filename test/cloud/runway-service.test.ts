import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_FFMPEG, probe } from '../support/media-tools.js';
import { scriptText } from '../support/scripts.js';
import { useRunwayFixture } from './cloud-fixture.js';
import { filesContaining, listFiles } from './cloud-harness.js';

const runway = useRunwayFixture();
const harness = runway.harness;

describe.skipIf(!HAS_FFMPEG)('Runway through the service, against the loopback fake', () => {
  it('renders one clip per scene, composes a verified MP4, and a repeat render creates no task', async () => {
    const h = harness();
    const creates = runway.fake().createdTaskIds.length;
    const job = await h.service.generateVideo(scriptText('air', 'Runway one', 1), { provider: 'runway' });
    const done = await h.service.waitForJob(job.id);
    expect(done.error).toBeUndefined();
    expect(done.status).toBe('completed');
    const scenes = done.timeline.scenes.length;
    expect(runway.fake().createdTaskIds.length - creates).toBe(scenes);
    const bodies = runway.fake().createBodies.slice(-scenes);
    for (const body of bodies) {
      expect(body).toMatchObject({ model: 'gen4.5', ratio: '720:1280' });
      expect(String(body['promptText']).length).toBeLessThanOrEqual(1000);
    }
    expect(String(bodies[0]!['promptText'])).toContain('Stop scrolling for one calm breath.');
    const result = done.result!;
    expect(result.providerId).toBe('runway');
    expect(result.details).toMatchObject({ clipsFromCache: 0, clipsGenerated: scenes });
    expect(listFiles(join(h.dataDir, 'cache', 'runway')).filter((p) => p.endsWith('.mp4'))).toHaveLength(
      scenes,
    );
    const info = probe(result.outputPath);
    expect(info.durationSeconds).toBeCloseTo(done.timeline.durationSeconds, 0);
    expect(info.streams.find((s) => s.codec_type === 'video')).toMatchObject({
      width: 540,
      height: 960,
      codec_name: 'h264',
    });
    expect(existsSync(result.thumbnailPath!)).toBe(true);

    const again = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', 'Runway one', 1), { provider: 'runway' })).id,
    );
    expect(again.status).toBe('completed');
    expect(runway.fake().createdTaskIds.length - creates).toBe(scenes);
    expect(again.result!.details).toMatchObject({ clipsFromCache: scenes, clipsGenerated: 0 });
    expect(again.cost?.estimate).toEqual({ amount: 0, unit: 'credits' });

    // The key is nowhere on disk: database, config-free data dir, cache, output folder.
    expect(filesContaining(h.dataDir, runway.fake().key).filter((p) => !p.endsWith('config.json'))).toEqual(
      [],
    );
    expect(listFiles(h.dataDir).some((p) => p.includes('.partial'))).toBe(false);
  });

  it('keeps the clip cache under providers.runway.clip_cache_mb, dropping clips once no render uses them', async () => {
    const h = harness({ clip_cache_mb: 0 });
    const creates = runway.fake().createdTaskIds.length;
    const first = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('earth', 'Cache cap', 1), { provider: 'runway' })).id,
    );
    expect(first.status).toBe('completed');
    const scenes = first.timeline.scenes.length;
    expect(listFiles(join(h.dataDir, 'cache', 'runway')).filter((p) => p.endsWith('.mp4'))).toEqual([]);
    // Nothing was kept, so the same script needs its clips again.
    const second = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('earth', 'Cache cap', 1), { provider: 'runway' })).id,
    );
    expect(second.status).toBe('completed');
    expect(second.result!.details).toMatchObject({ clipsFromCache: 0, clipsGenerated: scenes });
    expect(runway.fake().createdTaskIds.length - creates).toBe(2 * scenes);
  });

  it('waits out 429 Retry-After and 503, then succeeds', async () => {
    const h = harness();
    runway
      .fake()
      .script.createFailures.push(
        { status: 429, error: 'Too many requests', headers: { 'Retry-After': '1' } },
        { status: 503, error: 'Service unavailable' },
      );
    const started = Date.now();
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', 'Rate limited', 1), { provider: 'runway' })).id,
    );
    expect(job.status).toBe('completed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(runway.fake().script.createFailures).toEqual([]);
  });

  it('fails for good with a wrong key, naming the variable, without the key anywhere', async () => {
    runway.fake().script.echoKeyInErrors = true;
    const wrongKey = 'rw-WRONG-key-555555555';
    const h = harness({ api_key: wrongKey });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', 'Wrong key', 1), { provider: 'runway' })).id,
    );
    expect(job.status).toBe('failed');
    expect(job.error!.message).toMatch(/refused the API key.*VIDEO_PROVIDER_RUNWAY_API_KEY/);
    expect(JSON.stringify(job)).not.toContain(wrongKey);
    expect(filesContaining(h.dataDir, wrongKey).filter((p) => !p.endsWith('config.json'))).toEqual([]);
  });

  it('reports content moderation as final, and INTERNAL failures as retryable (auto falls back to ffmpeg)', async () => {
    const h = harness();
    runway.fake().script.outcome = { failureCode: 'SAFETY.INPUT.TEXT', failure: 'Prompt rejected' };
    const refused = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', 'Moderated', 1), { provider: 'runway' })).id,
    );
    expect(refused.status).toBe('failed');
    expect(refused.error!.message).toContain("the provider's content moderation refused it");
  });

  it('generates a clip once more when its task fails with INTERNAL.*, and finishes on Runway', async () => {
    const h = harness();
    const creates = runway.fake().createdTaskIds.length;
    runway
      .fake()
      .script.nextOutcomes.push({ failureCode: 'INTERNAL.BAD_OUTPUT.CODE01', failure: 'Bad output' });
    const job = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('water', 'Internal once', 1), { provider: 'runway' })).id,
    );
    expect(job.error).toBeUndefined();
    expect(job.result!.providerId).toBe('runway');
    expect(runway.fake().createdTaskIds.length - creates).toBe(job.timeline.scenes.length + 1);
  });

  it('falls back to ffmpeg under "auto" when Runway fails with INTERNAL.* twice, and records it', async () => {
    const h = harness({}, { default_provider: 'runway' });
    runway.fake().script.outcome = { failureCode: 'INTERNAL.BAD_OUTPUT.CODE01', failure: 'Bad output' };
    const fellBack = await h.service.waitForJob(
      (await h.service.generateVideo(scriptText('air', 'Internal', 1), { provider: 'auto' })).id,
    );
    expect(fellBack.status).toBe('completed');
    expect(fellBack.result!.providerId).toBe('ffmpeg');
    expect(fellBack.fallbackTrail[0]).toMatchObject({ providerId: 'runway', retryable: true });
    expect(fellBack.fallbackTrail[0]!.error).toContain('INTERNAL.BAD_OUTPUT.CODE01');
  });
});
