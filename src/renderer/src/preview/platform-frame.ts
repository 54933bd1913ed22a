// The platform's safe rectangle and UI guide in preview units (percent of the frame), from the same
// core data the FFmpeg and Remotion renderers lay text out with (`#core/safe-zone`).
import { PLATFORM_PRESETS, type PlatformId } from '#core/platform-presets.js';
import { safeAreaFor } from '#core/safe-zone.js';
import { frameSizeFor } from '#core/video-quality.js';
import type { AspectRatio } from '#shared/api-types.js';

/** The aspect ratio the preview shows: a platform's own 9:16, or the one chosen. */
export function previewAspectRatio(aspectRatio: AspectRatio, platform: PlatformId): AspectRatio {
  return PLATFORM_PRESETS[platform].frame ? '9:16' : aspectRatio;
}

/**
 * CSS padding that leaves exactly the safe rectangle of the 1080 px reference frame (in container
 * units, so it scales with the preview), for the layer the scene text is centred in.
 */
export function safePadding(aspectRatio: AspectRatio, platform: PlatformId): string {
  const frame = frameSizeFor('standard', aspectRatio);
  const safe = safeAreaFor(frame, platform);
  const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(3)}`;
  const top = pct(safe.y, frame.height);
  const right = pct(frame.width - safe.x - safe.width, frame.width);
  const bottom = pct(frame.height - safe.y - safe.height, frame.height);
  const left = pct(safe.x, frame.width);
  return `${top}cqh ${right}cqw ${bottom}cqh ${left}cqw`;
}

/** One piece of a platform's UI drawn over the preview as a guide, in percent of the frame. */
export interface OverlayPart {
  readonly kind: 'tabs' | 'buttons' | 'caption';
  readonly label: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where the platform puts its own UI: the tabs along the top, the button column down the right
 * (above the caption) and the caption area along the bottom, each the size of the margin it
 * covers. Empty for generic.
 */
export function overlayParts(platform: PlatformId): OverlayPart[] {
  const margins = PLATFORM_PRESETS[platform].margins;
  if (!margins) return [];
  const pct = (v: number) => Math.round(v * 1000) / 10;
  const { top, bottom, right } = margins;
  return [
    { kind: 'tabs', label: 'tabs', left: 0, top: 0, width: 100, height: pct(top) },
    {
      kind: 'buttons',
      label: 'buttons',
      left: pct(1 - right),
      top: pct(1 - bottom - 0.4),
      width: pct(right),
      height: pct(0.4),
    },
    { kind: 'caption', label: 'caption', left: 0, top: pct(1 - bottom), width: 100, height: pct(bottom) },
  ];
}
