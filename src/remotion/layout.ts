/**
 * Where text may go and how big it may be. Vertical feeds (Shorts, Reels, TikTok) cover about the
 * top 12 %, the bottom 20 % and 8 % of each side with their own UI; square and landscape players
 * cover less. Text size is estimated from character widths, so it is the same in the renderer and
 * the preview and can be tested without a browser. Pure.
 */
import { safeMarginsFor as domainSafeMargins, type SafeMargins } from '../main/domain/safe-zone.js';
import { charWidthEm, textWidthEm } from '../main/domain/text-width-estimate.js';

export { charWidthEm, textWidthEm };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export type { SafeMargins };

export function safeMarginsFor(width: number, height: number): SafeMargins {
  return domainSafeMargins({ width, height });
}

/** The rectangle text must stay inside, in pixels. */
export function safeAreaFor(width: number, height: number): Box {
  const m = safeMarginsFor(width, height);
  const x = Math.round(width * m.sides);
  const y = Math.round(height * m.top);
  return { x, y, width: width - 2 * x, height: Math.round(height * (1 - m.bottom)) - y };
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

/**
 * The largest font size, from the preferred one down to the minimum, at which the words wrap
 * inside the box. Widths are estimates, so 8 % of the width is kept spare.
 */
export function fitText(words: readonly string[], options: FitOptions): FittedText {
  let size = options.preferredSize;
  for (;;) {
    const lines = countLines(words, (options.maxWidth * 0.92) / size, options.wordPaddingEm ?? 0);
    if (lines * size * options.lineHeight <= options.maxHeight || size <= options.minSize) {
      return { fontSize: Math.max(size, options.minSize), lines };
    }
    size = Math.max(options.minSize, Math.floor(size * 0.92));
  }
}
