// Font sizes for the preview, chosen like the renderers choose them: start at the role's preferred
// size and shrink until the wrapped text fits the platform safe area. Sizes are in `cqmin` (1 % of
// the frame's short side), so the preview scales with its box. Character widths are estimates
// (the renderers measure real glyphs), close enough for a faithful preview.
import type { SceneRole } from '../../../main/domain/timeline.js';
import type { AspectRatio } from '../../../shared/api-types.js';
import { safeMarginsFor } from '../../../main/domain/safe-zone.js';
import { textWidthEm } from '../../../main/domain/text-width-estimate.js';

/** Preferred and minimum sizes as the renderers use them, per 1080 px of short side. */
const PREFERRED: Record<SceneRole, number> = { hook: 120 / 10.8, point: 104 / 10.8, cta: 88 / 10.8 };
const MIN_SIZE = 40 / 10.8;
export const LINE_HEIGHT = 1.2;

/** Frame size in cqmin units: the short side is 100. */
export function frameUnits(aspectRatio: AspectRatio): { width: number; height: number } {
  switch (aspectRatio) {
    case '9:16':
      return { width: 100, height: (100 * 16) / 9 };
    case '1:1':
      return { width: 100, height: 100 };
    case '16:9':
      return { width: (100 * 16) / 9, height: 100 };
  }
}

/** The renderers' safe area: vertical feeds lose more to the platforms' own buttons. */
export function safeBox(aspectRatio: AspectRatio): { width: number; height: number } {
  const { width, height } = frameUnits(aspectRatio);
  const m = safeMarginsFor({ width, height });
  return { width: width * (1 - 2 * m.sides), height: height * (1 - m.top - m.bottom) };
}

/** Greedy line count of `text` in a line `maxWidthEm` wide; over-long words break. */
export function countLines(text: string, maxWidthEm: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = textWidthEm(word);
    const space = used > 0 ? 0.26 : 0;
    if (used > 0 && used + space + w > maxWidthEm) {
      lines += 1;
      used = 0;
    }
    if (w > maxWidthEm) {
      lines += Math.ceil(w / maxWidthEm) - 1;
      used = w % maxWidthEm;
    } else {
      used += (used > 0 ? 0.26 : 0) + w;
    }
  }
  return lines;
}

/** Font size in cqmin for a scene's text in a frame of `aspectRatio`. */
export function fitFontSize(text: string, role: SceneRole, aspectRatio: AspectRatio): number {
  const safe = safeBox(aspectRatio);
  const ctaPadding = role === 'cta' ? 56 / 10.8 : 0;
  const badge = role === 'point' ? 150 / 10.8 : 0;
  // Estimates run a little narrow; 8 % of the width is kept spare, as the renderers do.
  const maxWidth = (safe.width - 2 * ctaPadding) * 0.92;
  const maxHeight = (safe.height - badge) * (role === 'cta' ? 0.6 : 0.85) - 2 * ctaPadding;
  let size = PREFERRED[role];
  for (;;) {
    const lines = countLines(text, maxWidth / size);
    if (lines * size * LINE_HEIGHT <= maxHeight || size <= MIN_SIZE) return Math.max(size, MIN_SIZE);
    size = Math.max(MIN_SIZE, size * 0.92);
  }
}
