import { buildCaptionCues, highlightSpans, type CaptionCue } from './caption-cues.js';
import type { SpokenWord } from './timed-words.js';

/** The caption on screen at one moment: its phrase and which of its words is being said. */
export interface ActiveCaption {
  readonly cue: CaptionCue;
  /** Index of the highlighted word in `cue.words`. */
  readonly wordIndex: number;
}

/** One highlight span on the video's timeline. */
interface TimedHighlight extends ActiveCaption {
  readonly startSeconds: number;
  readonly endSeconds: number;
}

/**
 * Every highlight of a narration in time order: the same phrases and spans the FFmpeg renderer
 * writes as ASS events (`buildCaptionCues` + `highlightSpans`), for renderers that draw a frame
 * at a time. Pure.
 */
export function captionHighlights(words: readonly SpokenWord[]): TimedHighlight[] {
  return buildCaptionCues(words).flatMap((cue) =>
    highlightSpans(cue).map((span) => ({
      cue,
      wordIndex: span.wordIndex,
      startSeconds: span.startSeconds,
      endSeconds: span.endSeconds,
    })),
  );
}

/** The caption shown at `seconds` (start inclusive, end exclusive), or undefined between phrases. */
export function activeCaptionAt(
  highlights: readonly TimedHighlight[],
  seconds: number,
): ActiveCaption | undefined {
  // Binary search: spans are in time order and do not overlap.
  let low = 0;
  let high = highlights.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = highlights[middle]!;
    if (seconds < span.startSeconds) high = middle - 1;
    else if (seconds >= span.endSeconds) low = middle + 1;
    else return { cue: span.cue, wordIndex: span.wordIndex };
  }
  return undefined;
}
