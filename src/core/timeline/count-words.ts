/**
 * Word counting for reading-speed estimates.
 *
 * Chinese and Japanese are written without spaces, so splitting on whitespace would make a whole
 * sentence one "word". Those characters are counted separately at about two characters per word,
 * which matches typical reading speeds (≈ 300 characters per minute against ≈ 150 words per minute).
 * Korean separates words with spaces and is counted like Latin text.
 */

/** Han ideographs, kana and CJK punctuation-free symbols that carry reading time on their own. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** A token only counts as a word when it has a letter or digit (so "—" or "…" are free). */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const CJK_CHARS_PER_WORD = 2;

/** Number of words a reader has to read in `text`; CJK characters count as half a word each. */
export function countWords(text: string): number {
  const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
  const rest = text.replace(CJK_CHAR, ' ');
  const words = rest.split(/\s+/u).filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
  return words + Math.ceil(cjkChars / CJK_CHARS_PER_WORD);
}
