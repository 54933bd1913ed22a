import type { PlatformId } from '#core/platform-presets.js';
import { videoBitrateCapKbps } from '#core/platform-presets.js';
import { QUALITY_PRESETS, type VideoQuality } from '#core/video-quality.js';

/** The x264 settings `renderMedia` takes for a render. */
export interface RemotionVideoEncoding {
  readonly crf: number;
  readonly x264Preset: (typeof QUALITY_PRESETS)[VideoQuality]['encoderPreset'];
  readonly encodingMaxRate: `${number}k`;
  readonly encodingBufferSize: `${number}k`;
}

/**
 * The same x264 settings the FFmpeg renderer uses (`ffmpeg/encoder-options.ts`): the quality's CRF
 * and preset, with the bitrate capped at the quality's ceiling, lowered to the platform's (TikTok,
 * Reels and Shorts re-encode anything above their cap), over a buffer of twice that rate.
 */
export function remotionVideoEncoding(quality: VideoQuality, platform?: PlatformId): RemotionVideoEncoding {
  const preset = QUALITY_PRESETS[quality];
  const maxrate = videoBitrateCapKbps(quality, platform);
  return {
    crf: preset.crf,
    x264Preset: preset.encoderPreset,
    encodingMaxRate: `${maxrate}k`,
    encodingBufferSize: `${maxrate * 2}k`,
  };
}
