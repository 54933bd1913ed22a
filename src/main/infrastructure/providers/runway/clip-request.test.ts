import { describe, expect, it } from 'vitest';
import { makeRequest, makeTimeline } from '../../../../../test/ffmpeg/fixtures.js';
import { clipCacheKey, clipRequestsFor, ratioFor } from './clip-request.js';
import { estimateRunwayCredits } from './runway-cost.js';
import { clipDurationFor, readRunwayOptions } from './runway-options.js';

const timeline = makeTimeline({
  channel: 'air',
  hook: 'Hook',
  points: ['One', 'Two'],
  cta: 'Go',
  sceneSeconds: 3.2,
  transitionSeconds: 0.5,
});
const request = makeRequest(timeline, '/tmp/out', 'x');

describe('Runway clip requests', () => {
  it('maps aspect ratios to Runway ratios (square takes portrait and is cropped)', () => {
    expect([ratioFor('9:16'), ratioFor('16:9'), ratioFor('1:1')]).toEqual([
      '720:1280',
      '1280:720',
      '720:1280',
    ]);
  });

  it('covers each scene plus the next transition, within the model durations', () => {
    const clips = clipRequestsFor(request, readRunwayOptions({}));
    expect(clips.map((c) => c.duration)).toEqual([4, 4, 4, 4]);
    expect(clipDurationFor('gen4.5', 0.5)).toBe(2);
    expect(clipDurationFor('gen4.5', 42)).toBe(10);
    expect(clipDurationFor('veo3.1', 5)).toBe(6);
  });

  it('is deterministic: the same scene gives the same seed and cache key; any change gives a new key', () => {
    const a = clipRequestsFor(request, readRunwayOptions({}));
    const b = clipRequestsFor(request, readRunwayOptions({}));
    expect(a.map(clipCacheKey)).toEqual(b.map(clipCacheKey));
    expect(new Set(a.map(clipCacheKey)).size).toBe(a.length);
    const seeded = clipRequestsFor(request, readRunwayOptions({ seed: 7 }));
    expect(seeded[0]!.seed).toBe(7);
    expect(clipCacheKey(seeded[0]!)).not.toBe(clipCacheKey(a[0]!));
    const otherModel = clipRequestsFor(request, readRunwayOptions({ model: 'gen4_turbo' }));
    expect(clipCacheKey(otherModel[0]!)).not.toBe(clipCacheKey(a[0]!));
    expect(clipCacheKey(a[0]!)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses a per-channel prompt template', () => {
    const clips = clipRequestsFor(
      request,
      readRunwayOptions({ channels: { air: { prompt_template: 'AIR {text}' } } }),
    );
    expect(clips[0]!.promptText).toBe('AIR Hook');
  });

  it('estimates credits per second per model, cached clips free', () => {
    const clips = clipRequestsFor(request, readRunwayOptions({}));
    expect(estimateRunwayCredits(clips, () => false, 12)).toEqual({ amount: 192, unit: 'credits' });
    expect(estimateRunwayCredits(clips, (c) => c === clips[0], 12)).toEqual({ amount: 144, unit: 'credits' });
    expect(readRunwayOptions({ model: 'gen4_turbo' }).creditsPerSecond).toBe(5);
    expect(readRunwayOptions({ credits_per_second: { 'gen4.5': 20 } }).creditsPerSecond).toBe(20);
    expect(() => readRunwayOptions({ prompt_template: 'no placeholder' })).toThrow(
      /providers.runway.prompt_template/,
    );
  });
});

describe('providers.runway.clip_cache_mb', () => {
  it('defaults to 2048 MB and names the key when it is not a size', () => {
    expect(readRunwayOptions({}).clipCacheBytes).toBe(2048 * 1024 * 1024);
    expect(readRunwayOptions({ clip_cache_mb: 0 }).clipCacheBytes).toBe(0);
    expect(() => readRunwayOptions({ clip_cache_mb: -1 })).toThrow('config providers.runway.clip_cache_mb');
    expect(() => readRunwayOptions({ clip_cache_mb: '1GB' })).toThrow(
      'config providers.runway.clip_cache_mb',
    );
  });
});
