const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Characters as a reader sees them: an emoji or an accented letter written with a combining mark
 * is one character, not the two to seven UTF-16 code units `string.length` would count.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
