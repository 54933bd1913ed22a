import { describe, expect, it } from 'vitest';
import { PLATFORM_PRESETS } from '#core/platform-presets.js';
import { soundtrackLoudnessTarget } from './soundtrack-loudness.js';

const silent = { scenes: [{ voiceOverPath: undefined }] } as unknown as Parameters<
  typeof soundtrackLoudnessTarget
>[0];
const voiced = { scenes: [{}, { voiceOverPath: '/v.wav' }] } as unknown as typeof silent;
const withMusic = { musicPath: '/m.mp3', scenes: [{}] } as unknown as typeof silent;

describe('soundtrackLoudnessTarget', () => {
  it("is the platform's target when there is music or a voice to hear", () => {
    expect(soundtrackLoudnessTarget(voiced, 'tiktok')).toEqual(PLATFORM_PRESETS.tiktok.loudness);
    expect(soundtrackLoudnessTarget(withMusic, 'shorts')).toEqual(PLATFORM_PRESETS.shorts.loudness);
  });

  it('leaves silence and renders without a platform alone', () => {
    expect(soundtrackLoudnessTarget(silent, 'tiktok')).toBeUndefined();
    expect(soundtrackLoudnessTarget(voiced, undefined)).toBeUndefined();
    expect(soundtrackLoudnessTarget(withMusic, 'generic')).toBeUndefined();
  });
});
