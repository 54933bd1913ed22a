/**
 * Word-by-word caption timing: which word of a scene is "being said" at a frame. Words share the
 * scene's reading time in proportion to their length, so a long word stays lit longer, like a
 * voice would. Pure: no DOM.
 */

export interface CaptionWord {
  /** The word with any punctuation and the space that follow it. */
  readonly text: string;
  /** Frame (relative to the scene's start) the word lights up. */
  readonly startFrame: number;
}

// Words are split the way the domain's text fitting splits them, so captions wrap as sized.
export { splitCaptionWords } from '#core/text-fit.js';

export interface CaptionTimingOptions {
  /** Frames before the first word lights (the scene's entrance). */
  readonly leadInFrames: number;
  /** Frames the scene lasts. */
  readonly sceneFrames: number;
  /** Share of the scene, after the lead-in, over which words are spread; the rest is a hold. */
  readonly speakingShare?: number;
}

/** Gives every word its start frame within the scene. */
export function timeCaptionWords(words: readonly string[], options: CaptionTimingOptions): CaptionWord[] {
  const share = options.speakingShare ?? 0.8;
  const lead = Math.max(0, Math.min(options.leadInFrames, options.sceneFrames - 1));
  const span = Math.max(1, (options.sceneFrames - lead) * share);
  const weights = words.map((w) => [...w.trim()].length + 2);
  const total = weights.reduce((a, b) => a + b, 0);
  let elapsed = 0;
  return words.map((text, i) => {
    const startFrame = lead + Math.floor((elapsed / total) * span);
    elapsed += weights[i]!;
    return { text, startFrame };
  });
}

/** Index of the word lit at `frame`, or -1 before the first one. */
export function activeWordIndex(words: readonly CaptionWord[], frame: number): number {
  let active = -1;
  for (let i = 0; i < words.length; i += 1) {
    if (words[i]!.startFrame <= frame) active = i;
    else break;
  }
  return active;
}
