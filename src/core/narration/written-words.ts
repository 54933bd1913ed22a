import { splitCaptionPieces, splitWhiteSpace } from '../caption-pieces.js';
import type { TimedWord } from './timed-words.js';

/** A word a narration says on its own, and the white space written after it in the script. */
export interface WrittenWord {
  /** The word as written, without white space: what a voice is asked to say. */
  readonly text: string;
  /** Exactly the white space after it in the text (tabs, several spaces, U+3000…); '' at the end. */
  readonly spaceAfter: string;
}

/**
 * A scene's text as the words a narration speaks one at a time, without losing a character:
 * `leadingSpace` plus every word followed by its `spaceAfter` is the text, exactly (issue #18).
 *
 * Words are the caption pieces (`splitCaptionPieces`) joined up to the next white space, so a
 * voice still says "心を落ち着かせる" as one word (its reading depends on the whole), and a
 * no-break space ("Quoi ?", "100 %") never splits a word. Pure.
 */
export function splitWrittenWords(text: string): { leadingSpace: string; words: WrittenWord[] } {
  let leadingSpace = '';
  const words: WrittenWord[] = [];
  let word = '';
  for (const [i, piece] of splitCaptionPieces(text).entries()) {
    const { before, visible, after } = splitWhiteSpace(piece);
    // Only the first piece can start with white space: the text's own leading space.
    if (i === 0) leadingSpace = before;
    word += visible;
    if (after !== '' && word !== '') {
      words.push({ text: word, spaceAfter: after });
      word = '';
    }
  }
  if (word !== '') words.push({ text: word, spaceAfter: '' });
  else if (words.length === 0) leadingSpace = text;
  return { leadingSpace, words };
}

/**
 * A voice's timed words of `text` given the white space written after each. A voice is asked to
 * say `splitWrittenWords(text)`'s words, so they match one for one; words that do not (a voice
 * cached before spacing was kept) are returned unchanged and show one space between them.
 */
export function withWrittenSpacing(words: readonly TimedWord[], text: string): TimedWord[] {
  const written = splitWrittenWords(text).words;
  const matches = written.length === words.length && written.every((w, i) => w.text === words[i]!.text);
  return matches ? words.map((word, i) => ({ ...word, spaceAfter: written[i]!.spaceAfter })) : [...words];
}
