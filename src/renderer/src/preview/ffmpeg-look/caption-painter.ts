// The narration caption of an FFmpeg render, painted on the preview's canvas: the phrase and the
// lit word at a moment from the renderers' own code (#core/narration: `captionHighlights`,
// `activeCaptionAt`), size, place and colours from `captionPlacement` as the FFmpeg provider's ASS
// script has them, drawn the way libass draws that style (bottom-centred, one dark box).
import { activeCaptionAt, captionHighlights } from '#core/narration/active-caption.js';
import { spaceBefore } from '#core/narration/caption-cues.js';
import * as captionStyle from '#core/narration/caption-style.js';
import type { NarrationTrack } from '#core/narration/timed-words.js';
import type { PlatformId } from '#core/platform-presets.js';
import { even } from '#core/render-look/safe-zone.js';
import { spokenWordLook, type Emphasis, type SpokenWordLook } from '#core/templates/caption-emphasis.js';
import type { FrameSize } from '#core/video-quality.js';
import { fontStackFor } from '#remotion/fonts.js';

/** What the caption needs of a 2D context (the page's canvas has it all). */
export interface CaptionCanvas {
  font: string;
  fillStyle: unknown;
  globalAlpha: number;
  textBaseline: string;
  textAlign: string;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): {
    readonly width: number;
    readonly fontBoundingBoxAscent?: number;
    readonly fontBoundingBoxDescent?: number;
  };
  save(): void;
  restore(): void;
}

/** The font at `px` per em. */
const captionFont = (px: number) => `bold ${px}px ${fontStackFor(captionStyle.CAPTION_FONT)}`;

export class CaptionPainter {
  readonly #highlights: ReturnType<typeof captionHighlights>;
  readonly #place: captionStyle.CaptionPlacement;
  readonly #accent: string;
  readonly #emphasisOf: (sceneIndex: number) => Emphasis;

  /** `emphasisOf`: the template's emphasis for a scene's spoken words (highlight without one). */
  constructor(
    narration: NarrationTrack,
    readonly frame: FrameSize,
    platform: PlatformId,
    accent: string,
    emphasisOf: (sceneIndex: number) => Emphasis = () => 'highlight',
  ) {
    // Nothing to draw when the script turned burned-in captions off (the sidecar files remain).
    this.#highlights = narration.burnInCaptions ? captionHighlights(narration.words) : [];
    // Rounded to even pixels as the FFmpeg provider rounds them for its ASS script.
    this.#place = captionStyle.captionPlacement(frame, platform, even);
    this.#accent = accent;
    this.#emphasisOf = emphasisOf;
  }

  /**
   * The phrase on screen at `seconds`, its words, the white space written before each (the
   * script's, '' before the first) and which word is lit; undefined between phrases.
   */
  captionAt(
    seconds: number,
  ): { words: string[]; spaces: string[]; lit: number; litLook: SpokenWordLook } | undefined {
    const active = activeCaptionAt(this.#highlights, seconds);
    if (!active) return undefined;
    const litWord = active.cue.words[active.wordIndex];
    // The spoken word's look, as the ASS script (and the Remotion captions) give it.
    const litLook = spokenWordLook(
      litWord ? this.#emphasisOf(litWord.sceneIndex) : 'highlight',
      this.#accent,
    );
    return {
      words: active.cue.words.map((w) => w.text),
      spaces: active.cue.words.map((_, i) => spaceBefore(active.cue, i)),
      lit: active.wordIndex,
      litLook,
    };
  }

  /** Paints the caption shown at `seconds` (libass shows a frame's subtitles at its start time). */
  paint(ctx: CaptionCanvas, seconds: number): void {
    const caption = this.captionAt(seconds);
    if (!caption) return;
    const { fontSize, boxPadding, left, right, bottom } = this.#place;
    ctx.save();
    // libass sizes a font so its ascent plus descent is the style's size: the em is smaller.
    ctx.font = captionFont(100);
    const probe = ctx.measureText('Hg');
    const lineAt100 = (probe.fontBoundingBoxAscent ?? 107) + (probe.fontBoundingBoxDescent ?? 29);
    const em = (fontSize * 100) / lineAt100;
    ctx.font = captionFont(em);
    const metrics = ctx.measureText('Hg');
    const ascent = metrics.fontBoundingBoxAscent ?? em * 1.069;
    const descent = metrics.fontBoundingBoxDescent ?? em * 0.293;
    // The white space before each word as written; a line break in it starts a new line (as `\N`
    // does in the ASS script), the rest is measured (canvas draws a tab as a space).
    const gaps = caption.spaces.map((space) => ctx.measureText(space.replace(/[\r\n]/g, '')).width);
    const widths = caption.words.map((word) => ctx.measureText(word).width);
    const lines = wrapLines(widths, gaps, this.frame.width - left - right, (i) =>
      /[\r\n]/.test(caption.spaces[i]!),
    );
    const lineHeight = ascent + descent;
    const lineWidth = (line: readonly number[]) =>
      line.reduce((sum, i, at) => sum + widths[i]! + (at > 0 ? gaps[i]! : 0), 0);
    const widest = Math.max(...lines.map(lineWidth));
    const centre = left + (this.frame.width - left - right) / 2;
    const textBottom = this.frame.height - bottom;
    const textTop = textBottom - lineHeight * lines.length;
    ctx.globalAlpha = captionStyle.CAPTION_BOX_OPACITY;
    ctx.fillStyle = captionStyle.CAPTION_BOX_COLOUR;
    ctx.fillRect(
      centre - widest / 2 - boxPadding,
      textTop - boxPadding,
      widest + 2 * boxPadding,
      textBottom - textTop + 2 * boxPadding,
    );
    ctx.globalAlpha = 1;
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'left';
    for (const [row, line] of lines.entries()) {
      let x = centre - lineWidth(line) / 2;
      const baseline = textTop + row * lineHeight + ascent;
      for (const [at, i] of line.entries()) {
        if (at > 0) x += gaps[i]!;
        const look = i === caption.lit ? caption.litLook : undefined;
        ctx.fillStyle = look?.colour ?? captionStyle.CAPTION_TEXT_COLOUR;
        ctx.fillText(caption.words[i]!, x, baseline);
        // libass draws \u1 a tenth of an em under the baseline, a twentieth of an em thick.
        if (look?.underline) ctx.fillRect(x, baseline + em * 0.1, widths[i]!, Math.max(1, em * 0.05));
        x += widths[i]!;
      }
    }
    ctx.restore();
  }
}

/**
 * Word indexes per line: one line when it fits, otherwise lines of about equal width (what libass
 * does with WrapStyle 0), never splitting a word. `space` is the width of the white space before
 * each word (one width for all, or one per word: the script's own spacing); `breaksBefore` says
 * where the text itself has a line break.
 */
export function wrapLines(
  widths: readonly number[],
  space: number | readonly number[],
  maxWidth: number,
  breaksBefore: (index: number) => boolean = () => false,
): number[][] {
  const gap = (i: number) => (typeof space === 'number' ? space : (space[i] ?? 0));
  const total = widths.reduce((sum, w, i) => sum + w + (i > 0 ? gap(i) : 0), 0);
  const forced = widths.some((_, i) => i > 0 && breaksBefore(i));
  if (!forced && (total <= maxWidth || widths.length <= 1)) return [widths.map((_, i) => i)];
  const count = Math.ceil(total / maxWidth);
  const target = total / count;
  const lines: number[][] = [[]];
  let width = 0;
  for (const [i, w] of widths.entries()) {
    const line = lines.at(-1)!;
    const added = line.length === 0 ? w : width + gap(i) + w;
    const full = added > maxWidth || (width >= target && lines.length < count);
    if (line.length > 0 && (breaksBefore(i) || full)) {
      lines.push([i]);
      width = w;
    } else {
      line.push(i);
      width = added;
    }
  }
  return lines;
}
