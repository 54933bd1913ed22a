import { contrastRatio } from '../channels/colour-contrast.js';
import { safeAreaFor } from '../safe-zone.js';
import type { PlatformId } from '../platform-presets.js';
import type { FrameSize } from '../video-quality.js';

/**
 * How burned-in narration captions look and where they sit, shared by the FFmpeg renderer (an ASS
 * script) and the Remotion composition (HTML), so both draw the same phrase in the same place.
 * Pure.
 */

/** The caption family: bundled and bold, with the bundled fallbacks behind it. */
export const CAPTION_FONT = 'Noto Sans';
export const CAPTION_TEXT_COLOUR = '#ffffff';
export const CAPTION_BOX_COLOUR = '#101010';
/** The box is a quarter see-through, so the scene still shows behind the words. */
export const CAPTION_BOX_OPACITY = 0.75;
const FALLBACK_HIGHLIGHT = '#ffd60a';
/** Caption text height as a share of the frame's shorter side. */
const FONT_SHARE = 0.06;

/**
 * The spoken word's colour: the channel's accent when it stands out on the dark box, otherwise
 * a bright yellow, so the highlight always reads.
 */
export function captionHighlightColour(accent: string): string {
  return contrastRatio(accent, CAPTION_BOX_COLOUR) >= 4.5 ? accent : FALLBACK_HIGHLIGHT;
}

export interface CaptionPlacement {
  /** Font size in pixels. */
  readonly fontSize: number;
  /** Padding of the dark box around the words. */
  readonly boxPadding: number;
  /** Left and right edges the phrase keeps inside (the safe zone's sides, plus the box). */
  readonly left: number;
  readonly right: number;
  /** Distance from the frame's bottom edge to the baseline box's bottom (inside the safe zone). */
  readonly bottom: number;
}

/** Bottom-centred inside the platform's safe zone, a little above its lower edge. */
export function captionPlacement(
  frame: FrameSize,
  platform: PlatformId = 'generic',
  round: (value: number) => number = Math.round,
): CaptionPlacement {
  const safe = safeAreaFor(frame, platform, round);
  const fontSize = Math.round(Math.min(frame.width, frame.height) * FONT_SHARE);
  const boxPadding = Math.max(2, Math.round(fontSize * 0.18));
  return {
    fontSize,
    boxPadding,
    left: safe.x + boxPadding,
    right: frame.width - (safe.x + safe.width) + boxPadding,
    bottom: frame.height - (safe.y + safe.height) + Math.round(fontSize * 0.4),
  };
}
