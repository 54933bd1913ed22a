import { describe, expect, it } from 'vitest';
import {
  isPlatformId,
  PLATFORM_IDS,
  PLATFORM_PRESETS,
  platformLengthProblem,
  renderFrameSize,
  videoBitrateCapKbps,
} from './platform-presets.js';
import { DEFAULT_FPS } from './timeline/build-timeline.js';
import { frameSizeFor, VIDEO_QUALITIES, ASPECT_RATIOS } from './video-quality.js';

describe('platform presets', () => {
  it('are keyed by their own id and all run at the timeline frame rate', () => {
    for (const id of PLATFORM_IDS) {
      expect(PLATFORM_PRESETS[id].id).toBe(id);
      expect(PLATFORM_PRESETS[id].fps).toBe(DEFAULT_FPS);
    }
  });

  it('give TikTok, Reels and Shorts 1080×1920, −14 LUFS / −1 dBTP, a length limit and a bitrate cap', () => {
    for (const id of ['tiktok', 'reels', 'shorts'] as const) {
      const preset = PLATFORM_PRESETS[id];
      expect(preset.frame).toEqual({ width: 1080, height: 1920 });
      expect(preset.loudness).toEqual({ integratedLufs: -14, truePeakDbtp: -1 });
      expect(preset.maxSeconds).toBeGreaterThan(60);
      expect(preset.videoBitrateCapKbps).toBe(8_000);
    }
    expect(PLATFORM_PRESETS.tiktok.maxSeconds).toBe(600);
    expect(PLATFORM_PRESETS.reels.maxSeconds).toBe(180);
    expect(PLATFORM_PRESETS.shorts.maxSeconds).toBe(180);
  });

  it('knows its ids', () => {
    expect(isPlatformId('tiktok')).toBe(true);
    expect(isPlatformId('TikTok')).toBe(false);
    expect(isPlatformId('vine')).toBe(false);
  });
});

describe('renderFrameSize', () => {
  it('is the quality and aspect ratio for generic, as before presets', () => {
    for (const quality of VIDEO_QUALITIES) {
      for (const aspect of ASPECT_RATIOS) {
        expect(renderFrameSize(quality, aspect)).toEqual(frameSizeFor(quality, aspect));
      }
    }
  });

  it("is the platform's 9:16 size, whatever the aspect asked, half size for a draft", () => {
    expect(renderFrameSize('standard', '16:9', 'tiktok')).toEqual({ width: 1080, height: 1920 });
    expect(renderFrameSize('high', '9:16', 'reels')).toEqual({ width: 1080, height: 1920 });
    expect(renderFrameSize('ultra', '9:16', 'shorts')).toEqual({ width: 1080, height: 1920 });
    expect(renderFrameSize('draft', '1:1', 'shorts')).toEqual({ width: 540, height: 960 });
  });
});

describe('videoBitrateCapKbps', () => {
  it("lowers the quality's cap to the platform's, never raises it", () => {
    expect(videoBitrateCapKbps('high')).toBe(10_000);
    expect(videoBitrateCapKbps('high', 'tiktok')).toBe(8_000);
    expect(videoBitrateCapKbps('ultra', 'shorts')).toBe(8_000);
    expect(videoBitrateCapKbps('standard', 'reels')).toBe(6_000);
    expect(videoBitrateCapKbps('draft', 'reels')).toBe(2_000);
  });
});

describe('platformLengthProblem', () => {
  it('names the length and the limit when the video is too long', () => {
    expect(platformLengthProblem(200.25, 'shorts')).toBe(
      'the video is 200.3 s long; YouTube Shorts takes at most 180 s (3 min): shorten the script or choose another platform',
    );
    expect(platformLengthProblem(180, 'reels')).toBeUndefined();
    expect(platformLengthProblem(599, 'tiktok')).toBeUndefined();
    expect(platformLengthProblem(10_000, 'generic')).toBeUndefined();
  });
});
