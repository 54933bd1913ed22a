import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, renderFrameSize } from '#core/platform-presets.js';
import { safeAreaFor as ffmpegSafeArea } from '../../src/core/render-look/safe-zone.js';
import { fitCompositionText } from '../../src/remotion/scene-layout.js';
import { safePadding } from '../../src/renderer/src/preview/platform-frame.js';

// FFmpeg, the Remotion composition and the preview keep text in one rectangle per platform: the
// core's. FFmpeg snaps its edges to even pixels (4:2:0 chroma), so it may differ by a pixel.

describe('one safe rectangle for every renderer', () => {
  for (const platform of PLATFORM_IDS) {
    it(`is the same in FFmpeg, Remotion and the preview for ${platform}`, () => {
      const frame = renderFrameSize('standard', '9:16', platform);
      const remotion = fitCompositionText(['Same', 'place'], 'hook', { ...frame, platform }).safe;
      const ffmpeg = ffmpegSafeArea(frame, platform);
      const [top, right, bottom, left] = safePadding('9:16', platform)
        .split(' ')
        .map((p) => Number.parseFloat(p) / 100);
      const preview = {
        x: left! * frame.width,
        y: top! * frame.height,
        width: frame.width * (1 - left! - right!),
        height: frame.height * (1 - top! - bottom!),
      };
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(ffmpeg[key] - remotion[key]), key).toBeLessThanOrEqual(2);
        expect(Math.abs(preview[key] - remotion[key]), key).toBeLessThanOrEqual(0.1);
      }
    });
  }
});
