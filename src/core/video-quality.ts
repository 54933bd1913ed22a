export const VIDEO_QUALITIES = ['draft', 'standard', 'high', 'ultra'] as const;
export type VideoQuality = (typeof VIDEO_QUALITIES)[number];

export const ASPECT_RATIOS = ['9:16', '1:1', '16:9'] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

/** Encoder settings per quality. `shortSide`/`longSide` are for the 9:16 frame. */
export interface QualityPreset {
  readonly quality: VideoQuality;
  readonly shortSide: number;
  readonly longSide: number;
  readonly videoBitrateKbps: number;
  readonly audioBitrateKbps: number;
  /** x264 preset name; renderers without x264 map it to their own speed knob. */
  readonly encoderPreset: 'ultrafast' | 'veryfast' | 'fast' | 'medium' | 'slow';
  readonly crf: number;
}

export const QUALITY_PRESETS: Readonly<Record<VideoQuality, QualityPreset>> = {
  draft: {
    quality: 'draft',
    shortSide: 540,
    longSide: 960,
    videoBitrateKbps: 2_000,
    audioBitrateKbps: 96,
    encoderPreset: 'ultrafast',
    crf: 28,
  },
  standard: {
    quality: 'standard',
    shortSide: 1080,
    longSide: 1920,
    videoBitrateKbps: 6_000,
    audioBitrateKbps: 128,
    encoderPreset: 'veryfast',
    crf: 23,
  },
  high: {
    quality: 'high',
    shortSide: 1080,
    longSide: 1920,
    videoBitrateKbps: 10_000,
    audioBitrateKbps: 192,
    encoderPreset: 'medium',
    crf: 20,
  },
  ultra: {
    quality: 'ultra',
    shortSide: 2160,
    longSide: 3840,
    videoBitrateKbps: 35_000,
    audioBitrateKbps: 256,
    encoderPreset: 'medium',
    crf: 18,
  },
};

export interface FrameSize {
  readonly width: number;
  readonly height: number;
}

/** Output frame size for a quality and aspect ratio (9:16 portrait is the default shape). */
export function frameSizeFor(quality: VideoQuality, aspectRatio: AspectRatio = '9:16'): FrameSize {
  const { shortSide, longSide } = QUALITY_PRESETS[quality];
  switch (aspectRatio) {
    case '9:16':
      return { width: shortSide, height: longSide };
    case '16:9':
      return { width: longSide, height: shortSide };
    case '1:1':
      return { width: shortSide, height: shortSide };
  }
}

export function isVideoQuality(value: string): value is VideoQuality {
  return (VIDEO_QUALITIES as readonly string[]).includes(value);
}

export function isAspectRatio(value: string): value is AspectRatio {
  return (ASPECT_RATIOS as readonly string[]).includes(value);
}
