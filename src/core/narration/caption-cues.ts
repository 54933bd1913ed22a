import { spaceAfter, type SpokenWord } from './timed-words.js';

/** One caption on screen: a short phrase of consecutive words from one scene. */
export interface CaptionCue {
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly words: readonly SpokenWord[];
}

export interface CueOptions {
  /** Most words in one phrase. */
  readonly maxWords?: number;
  /** Most characters in one phrase (a single longer word still gets its own cue). */
  readonly maxChars?: number;
  /** How long a phrase stays after its last word when nothing follows at once. */
  readonly holdSeconds?: number;
}

const DEFAULTS = { maxWords: 4, maxChars: 24, holdSeconds: 0.4 } as const;
/** A phrase ends after a word that ends a sentence or a clause. */
const PHRASE_END = /[.!?;:,…]["'”’)\]]*$/u;

/**
 * Groups spoken words into short phrases for captions: a phrase never crosses a scene, ends at
 * punctuation, and holds at most `maxWords` words and `maxChars` characters. Each cue starts as
 * its first word is spoken and ends as the next begins, or `holdSeconds` after its last word.
 * Pure.
 */
export function buildCaptionCues(words: readonly SpokenWord[], options: CueOptions = {}): CaptionCue[] {
  const { maxWords, maxChars, holdSeconds } = { ...DEFAULTS, ...options };
  const groups: SpokenWord[][] = [];
  let current: SpokenWord[] = [];
  let chars = 0;
  for (const word of words) {
    const previous = current.at(-1);
    const gap = previous ? spaceAfter(previous).length : 0;
    const tooLong = current.length >= maxWords || chars + gap + word.text.length > maxChars;
    if (previous && (previous.sceneIndex !== word.sceneIndex || PHRASE_END.test(previous.text) || tooLong)) {
      groups.push(current);
      current = [];
      chars = 0;
    }
    chars += (current.length > 0 ? gap : 0) + word.text.length;
    current.push(word);
  }
  if (current.length > 0) groups.push(current);

  return groups.map((group, i) => {
    const first = group[0]!;
    const last = group.at(-1)!;
    const next = groups[i + 1]?.[0];
    const held = last.endSeconds + holdSeconds;
    const endSeconds =
      next === undefined ? held : Math.max(last.endSeconds, Math.min(held, next.startSeconds));
    return { startSeconds: first.startSeconds, endSeconds, words: group };
  });
}

/**
 * The cue's text: exactly the part of the scene's text its words cover, with the white space
 * written between them (issue #18: never words re-joined with one space).
 */
export function cueText(cue: CaptionCue): string {
  return cue.words.map((word, i) => spaceBefore(cue, i) + word.text).join('');
}

/** What is shown before the cue's `index`th word: the space written after the word before it. */
export function spaceBefore(cue: CaptionCue, index: number): string {
  const previous = index > 0 ? cue.words[index - 1] : undefined;
  return previous ? spaceAfter(previous) : '';
}

/** When each word of a cue is the highlighted one: from its start until the next word starts. */
export interface HighlightSpan {
  readonly startSeconds: number;
  readonly endSeconds: number;
  /** Index of the highlighted word in `cue.words`. */
  readonly wordIndex: number;
}

export function highlightSpans(cue: CaptionCue): HighlightSpan[] {
  return cue.words.flatMap((word, wordIndex) => {
    const startSeconds = wordIndex === 0 ? cue.startSeconds : word.startSeconds;
    const next = cue.words[wordIndex + 1];
    const endSeconds = next === undefined ? cue.endSeconds : next.startSeconds;
    return endSeconds > startSeconds ? [{ startSeconds, endSeconds, wordIndex }] : [];
  });
}
