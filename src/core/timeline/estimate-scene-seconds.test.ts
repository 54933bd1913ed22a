import { describe, expect, it } from 'vitest';
import {
  estimateSceneSeconds,
  readingSeconds,
  sceneBounds,
  SETTLE_PAD_SECONDS,
  VOICE_OVER_TAIL_SECONDS,
} from './estimate-scene-seconds.js';
import { channelWith, TEST_CHANNEL, words } from './test-fixtures.js';

describe('readingSeconds', () => {
  it('is words / wpm minutes plus the settle pad', () => {
    expect(readingSeconds(words(15), 150)).toBeCloseTo(6 + SETTLE_PAD_SECONDS, 10);
  });

  it('gives CJK text a reading time that grows with its length', () => {
    expect(readingSeconds('深'.repeat(40), 150)).toBeCloseTo(8 + SETTLE_PAD_SECONDS, 10);
  });
});

describe('estimateSceneSeconds', () => {
  it('uses the reading time when it is within the bounds', () => {
    expect(estimateSceneSeconds(words(15), TEST_CHANNEL)).toBeCloseTo(6.7, 10);
  });

  it('raises short text to the minimum scene length', () => {
    expect(estimateSceneSeconds('Hi.', TEST_CHANNEL)).toBe(2);
  });

  it('caps long text at the maximum scene length', () => {
    expect(estimateSceneSeconds(words(100), TEST_CHANNEL)).toBe(12);
  });

  it('reads slower on a slower channel', () => {
    const slow = channelWith({ wordsPerMinute: 100 });
    expect(estimateSceneSeconds(words(15), slow)).toBeGreaterThan(
      estimateSceneSeconds(words(15), TEST_CHANNEL),
    );
  });

  it('stretches past the maximum for a longer voice-over', () => {
    expect(estimateSceneSeconds(words(100), TEST_CHANNEL, { voiceOverSeconds: 20 })).toBe(
      20 + VOICE_OVER_TAIL_SECONDS,
    );
  });

  it('keeps the reading time when the voice-over is shorter', () => {
    expect(estimateSceneSeconds(words(15), TEST_CHANNEL, { voiceOverSeconds: 3 })).toBeCloseTo(6.7, 10);
  });

  it('ignores negative or non-finite voice-over lengths', () => {
    expect(estimateSceneSeconds('Hi.', TEST_CHANNEL, { voiceOverSeconds: -5 })).toBe(2);
    expect(estimateSceneSeconds('Hi.', TEST_CHANNEL, { voiceOverSeconds: Number.NaN })).toBe(2);
  });

  it('applies bound overrides', () => {
    expect(estimateSceneSeconds('Hi.', TEST_CHANNEL, { bounds: { minSceneSeconds: 1 } })).toBeCloseTo(
      (1 / 150) * 60 + SETTLE_PAD_SECONDS,
      10,
    );
  });
});

describe('sceneBounds', () => {
  it('never lets an override put the maximum below the minimum', () => {
    expect(sceneBounds(TEST_CHANNEL, { minSceneSeconds: 20 })).toEqual({
      minSceneSeconds: 20,
      maxSceneSeconds: 20,
    });
  });

  it('ignores unusable overrides', () => {
    expect(sceneBounds(TEST_CHANNEL, { minSceneSeconds: Number.NaN, maxSceneSeconds: -1 })).toEqual({
      minSceneSeconds: 2,
      maxSceneSeconds: 12,
    });
  });
});
