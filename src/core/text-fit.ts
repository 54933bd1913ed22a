/**
 * How big a scene's text is and how it wraps, for layouts that cannot measure glyphs: the Remotion
 * composition (what gets rendered) and the built-in preview both call this, so the preview sizes
 * text like the render. Widths are `text-width-estimate` guesses. The FFmpeg renderer measures
 * real glyphs and fits its text itself. Pure.
 */
import type { PlatformId } from './platform-presets.js';
import { splitCaptionPieces } from './caption-pieces.js';
import { safeAreaFor, type Rect } from './safe-zone.js';
import { textWidthEm } from './text-width-estimate.js';
import type { SceneRole } from './timeline/video-timeline.js';
import type { FrameSize } from './video-quality.js';

/**
 * Splits text into caption words, each with the space that follows it, without changing a
 * character (see caption-pieces). The Remotion captions and the built-in preview use this too.
 */
export function splitCaptionWords(text: string): string[] {
  return splitCaptionPieces(text);
}

/**
 * Greedy line count of `words` (each with its trailing space) in a box `maxWidthEm` wide. A word
 * wider than a line is broken across lines, as CSS `overflow-wrap: anywhere` does.
 */
export function countLines(words: readonly string[], maxWidthEm: number, wordPaddingEm = 0): number {
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = textWidthEm(word.trimEnd()) + wordPaddingEm;
    const withSpace = textWidthEm(word) + wordPaddingEm;
    if (used > 0 && used + w > maxWidthEm) {
      lines += 1;
      used = 0;
    }
    if (w > maxWidthEm) {
      lines += Math.ceil(w / maxWidthEm) - 1;
      used = w % maxWidthEm;
    } else {
      used += withSpace;
    }
  }
  return lines;
}

export interface FitOptions {
  readonly maxWidth: number;
  readonly maxHeight: number;
  /** Font size to use when the text fits. */
  readonly preferredSize: number;
  readonly minSize: number;
  readonly lineHeight: number;
  /** Horizontal padding around each word (the caption highlight pill), in em. */
  readonly wordPaddingEm?: number;
}

export interface FittedText {
  readonly fontSize: number;
  readonly lines: number;
}

/** Estimates run a little narrow, so only this share of the box's width is filled. */
const WIDTH_MARGIN = 0.92;
/** Each try shrinks the font to this share of the last one. */
const SHRINK = 0.92;

/**
 * The largest font size, from the preferred one down to the minimum, at which the words wrap
 * inside the box. Widths are estimates, so 8 % of the width is kept spare. Sizes step down in
 * whole units (pixels for a render).
 */
export function fitText(words: readonly string[], options: FitOptions): FittedText {
  let size = options.preferredSize;
  for (;;) {
    const lines = countLines(words, (options.maxWidth * WIDTH_MARGIN) / size, options.wordPaddingEm ?? 0);
    if (lines * size * options.lineHeight <= options.maxHeight || size <= options.minSize) {
      return { fontSize: Math.max(size, options.minSize), lines };
    }
    size = Math.max(options.minSize, Math.floor(size * SHRINK));
  }
}

/** Per-role text limits, in pixels of a frame whose short side is 1080 (scale for others). */
export const SCENE_TEXT_LIMITS = {
  /** Font size the text starts at before shrinking to fit. */
  preferredSize: { hook: 120, point: 104, cta: 88 },
  /** Text never shrinks below this, however long. */
  minSize: 40,
  /** Diameter of a point's number badge, above its text. */
  pointBadgeSize: 150,
  /** Padding inside the call to action's card. */
  ctaPadding: 56,
  /** Share of the safe area's height (less the badge) the text may fill. */
  heightShare: { hook: 0.85, point: 0.85, cta: 0.6 },
  lineHeight: 1.22,
} as const satisfies {
  preferredSize: Readonly<Record<SceneRole, number>>;
  minSize: number;
  pointBadgeSize: number;
  ctaPadding: number;
  heightShare: Readonly<Record<SceneRole, number>>;
  lineHeight: number;
};

/** Padding, in em, the composition's caption highlight pill puts around each word. */
export const CAPTION_WORD_PADDING_EM = 0.24;

/** A scene's text laid out in a frame, in the frame's units. */
export interface SceneTextFit extends FittedText {
  /** Where the text block goes: the frame's safe area. */
  readonly safe: Rect;
  /** Frame units per pixel of a 1080-short-side frame: the scale of every limit. */
  readonly unit: number;
  /** The point badge's diameter (0 unless a point). */
  readonly badgeSize: number;
  /** Padding inside the call to action's card (0 unless a call to action). */
  readonly ctaPadding: number;
  readonly lineHeight: number;
}

/**
 * Sizes a scene's caption `words` for its role in a `frame`: the hook, a point under its badge,
 * or the call to action inside its card, all within the safe area of the `platform`.
 */
export function fitSceneText(
  words: readonly string[],
  role: SceneRole,
  frame: FrameSize,
  wordPaddingEm: number,
  platform: PlatformId = 'generic',
  /** A template's size factors on the role's preferred and smallest size (1 and 1: unchanged). */
  scale: { readonly sizeMax: number; readonly sizeMin: number } = { sizeMax: 1, sizeMin: 1 },
): SceneTextFit {
  const limits = SCENE_TEXT_LIMITS;
  const unit = Math.min(frame.width, frame.height) / 1080;
  const safe = safeAreaFor(frame, platform);
  const badgeSize = role === 'point' ? limits.pointBadgeSize * unit : 0;
  const ctaPadding = role === 'cta' ? limits.ctaPadding * unit : 0;
  const fitted = fitText(words, {
    maxWidth: safe.width - 2 * ctaPadding,
    maxHeight: (safe.height - badgeSize) * limits.heightShare[role] - 2 * ctaPadding,
    preferredSize: limits.preferredSize[role] * unit * scale.sizeMax,
    minSize: Math.min(limits.minSize * scale.sizeMin, limits.preferredSize[role] * scale.sizeMax) * unit,
    lineHeight: limits.lineHeight,
    wordPaddingEm,
  });
  return { ...fitted, safe, unit, badgeSize, ctaPadding, lineHeight: limits.lineHeight };
}
