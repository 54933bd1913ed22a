import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeRequest, makeTimeline } from '../ffmpeg/fixtures.js';
import { HAS_FFMPEG, probe } from '../support/media-tools.js';
import type { FakeMedia } from '../fakes/fake-media.js';
import type { SynthesiaFake } from '../fakes/synthesia-fake.js';
import { scriptText } from '../support/scripts.js';
import { useSynthesiaFixture } from './cloud-fixture.js';
import { filesContaining, listFiles, until } from './cloud-harness.js';

const synthesia = useSynthesiaFixture();
const harness = synthesia.harness;
/** The fixture's fake and the media it serves, once started. */
let fake: SynthesiaFake;
let media: FakeMedia;
beforeAll(() => {
  fake = synthesia.fake();
  media = fake.media;
});

describe.skipIf(!HAS_FFMPEG)('Synthesia through the service, against the loopback fake', () => {
  it('renders with an avatar scene per timeline scene, and saves video, thumbnail and captions', async () => {
    const h = harness({
      test: true,
      channels: { air: { avatar: 'air_presenter', avatar_settings: { horizontalAlign: 'left' } } },
    });
    const job = await h.service.generateVideo(scriptText('air', 'Presented', 2), { provider: 'synthesia' });
    expect(job.error).toBeUndefined();
    expect(job.status).toBe('completed');
    const body = fake.createBodies.at(-1)!;
    expect(body).toMatchObject({ test: true, title: 'Presented', aspectRatio: '9:16' });
    const input = body['input'] as Record<string, unknown>[];
    expect(input).toHaveLength(job.timeline.scenes.length);
    expect(input[0]).toMatchObject({
      scriptText: 'Stop scrolling for one calm breath.',
      avatar: 'air_presenter',
      background: 'off_white',
      avatarSettings: { horizontalAlign: 'left', scale: 1 },
    });
    const result = job.result!;
    // The avatar's speech sets the length: 4 s in the fake's file, not the timeline's.
    expect(result.durationSeconds).toBeCloseTo(media.synthesiaSeconds, 0);
    expect(probe(result.outputPath).streams.some((s) => s.codec_type === 'audio')).toBe(true);
    expect(existsSync(result.thumbnailPath!)).toBe(true);
    expect(readFileSync(result.outputPath.replace(/\.mp4$/, '.srt'), 'utf8')).toBe(media.srt);
    expect(readFileSync(result.outputPath.replace(/\.mp4$/, '.vtt'), 'utf8')).toBe(media.vtt);
    expect(job.cost?.estimate).toEqual({ amount: 0, unit: 'minutes' });
    expect(filesContaining(h.dataDir, fake.key).filter((p) => !p.endsWith('config.json'))).toEqual([]);
  });

  it('deleting the job with its files removes the captions too, not only video and poster', async () => {
    const h = harness({ test: true });
    const job = await h.service.generateVideo(scriptText('air', 'Deleted', 1), { provider: 'synthesia' });
    expect(job.status).toBe('completed');
    const result = job.result!;
    const written = [result.outputPath, result.thumbnailPath!, ...result.extraFiles!];
    expect(written.map((p) => p.split('.').pop())).toEqual(['mp4', 'jpg', 'srt', 'vtt']);
    expect(written.every((p) => existsSync(p))).toBe(true);
    await h.service.deleteJob(job.id, { deleteFiles: true });
    expect(written.filter((p) => existsSync(p))).toEqual([]);
  });

  it('keeps the finished video when its thumbnail or a caption file cannot be downloaded', async () => {
    fake.script.goneFiles = ['thumbnail.jpg', 'captions.vtt'];
    const h = harness({ max_retries: 1 });
    const job = await h.service.generateVideo(scriptText('air', 'No extras', 1), { provider: 'synthesia' });
    expect(job.status).toBe('completed');
    const result = job.result!;
    expect(existsSync(result.outputPath)).toBe(true);
    expect(result.thumbnailPath).toBeUndefined();
    expect(readFileSync(result.outputPath.replace(/\.mp4$/, '.srt'), 'utf8')).toBe(media.srt);
    expect(existsSync(result.outputPath.replace(/\.mp4$/, '.vtt'))).toBe(false);
    expect(listFiles(h.outputDir).filter((p) => p.includes('.partial'))).toEqual([]);
  });

  it('refuses a timeline with more than 25 scenes before any call', async () => {
    // Built-in channels allow 7 points; a custom channel could allow more, so the provider checks.
    const h = harness();
    const creates = fake.createdVideoIds.length;
    const timeline = makeTimeline({
      channel: 'air',
      hook: 'Hook',
      points: Array.from({ length: 24 }, (_, i) => `Point ${i + 1}`),
      cta: 'Follow',
      sceneSeconds: 2,
    });
    const request = makeRequest(timeline, h.outputDir, 'too-long', 'standard');
    await expect(
      h.synthesia.generate(request, { signal: new AbortController().signal, onProgress: () => undefined }),
    ).rejects.toThrow(/26 scenes; Synthesia takes at most 25/);
    expect(fake.createdVideoIds.length).toBe(creates);
  });

  it('reports "rejected" as content moderation (final) and "error" as retryable (auto falls back)', async () => {
    const h = harness({}, { default_provider: 'synthesia' });
    fake.script.outcome = 'rejected';
    const rejected = await h.service.generateVideo(scriptText('air', 'Rejected', 1), { provider: 'auto' });
    expect(rejected.status).toBe('failed');
    expect(rejected.error!.message).toContain("the provider's content moderation refused it");
    fake.script.outcome = 'error';
    const errored = await h.service.generateVideo(scriptText('air', 'Errored', 1), { provider: 'auto' });
    expect(errored.status).toBe('completed');
    expect(errored.result!.providerId).toBe('ffmpeg');
    expect(errored.fallbackTrail[0]).toMatchObject({ providerId: 'synthesia', retryable: true });
  });

  it('fails for good on a wrong key (403), without the key anywhere', async () => {
    const wrong = 'syn-WRONG-key-4444444';
    const h = harness({ api_key: wrong });
    const job = await h.service.generateVideo(scriptText('air', 'Wrong', 1), { provider: 'synthesia' });
    expect(job.status).toBe('failed');
    expect(job.error!.message).toMatch(/refused the API key \(HTTP 403/);
    expect(JSON.stringify(job)).not.toContain(wrong);
    expect((await h.synthesia.checkConnection(AbortSignal.timeout(5000))).message).toMatch(/^wrong key/);
  });

  it('honours RateLimit-Reset on 429, then survives an expired link and a dropped download', async () => {
    fake.script.createFailures.push({
      status: 429,
      error: 'Rate limit exceeded',
      headers: { 'RateLimit-Reset': '1' },
    });
    fake.script.downloadFailures = ['expired', 'drop'];
    const h = harness();
    const started = Date.now();
    const job = await h.service.generateVideo(scriptText('air', 'Limited', 1), { provider: 'synthesia' });
    expect(job.status).toBe('completed');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(listFiles(h.outputDir).filter((p) => p.includes('.partial'))).toEqual([]);
  });

  it('cancel deletes the remote video and leaves no file', async () => {
    fake.script.inProgressPolls = 10_000;
    const h = harness();
    const job = await h.service.enqueue(scriptText('air', 'Cancelled', 1), { provider: 'synthesia' });
    await until(() => h.service.getJob(job.id).checkpoint !== undefined);
    const videoId = h.service.getJob(job.id).checkpoint!['videoId'];
    const cancelled = await h.service.cancel(job.id);
    expect(cancelled.status).toBe('cancelled');
    await until(() => fake.deletedVideoIds.includes(String(videoId)), 3000);
    expect(listFiles(h.outputDir)).toEqual([]);
  });

  it('fails retryably on malformed JSON, and checkConnection says unreachable for a dead host', async () => {
    fake.script.getFailures.push('malformed');
    const h = harness();
    const job = await h.service.generateVideo(scriptText('air', 'Broken', 1), { provider: 'synthesia' });
    expect(job.status).toBe('failed');
    expect(job.error!.message).toMatch(/cannot read/);
    const down = harness({ api_url: 'http://127.0.0.1:9' });
    expect((await down.synthesia.checkConnection(AbortSignal.timeout(5000))).message).toMatch(/^unreachable/);
    expect(await harness({ api_key: undefined }).synthesia.isAvailable()).toEqual({
      available: false,
      reason: 'no API key: set VIDEO_PROVIDER_SYNTHESIA_API_KEY or add it in Settings',
    });
  });
});
