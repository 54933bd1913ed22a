import type { TimedWord } from '#core/narration/timed-words.js';

/** ElevenLabs' per-character timing of the text it spoke. */
export interface CharacterAlignment {
  readonly characters: readonly string[];
  readonly characterStartTimesSeconds: readonly number[];
  readonly characterEndTimesSeconds: readonly number[];
}

/**
 * Word timings from character timings: a word is a run of non-space characters, starting when its
 * first character starts and ending when its last ends. Throws when the three lists disagree.
 */
export function wordsFromCharacters(alignment: CharacterAlignment): TimedWord[] {
  const { characters, characterStartTimesSeconds: starts, characterEndTimesSeconds: ends } = alignment;
  if (starts.length !== characters.length || ends.length !== characters.length) {
    throw new Error(
      `character alignment has ${characters.length} characters but ${starts.length} start and ${ends.length} end times`,
    );
  }
  const words: TimedWord[] = [];
  let text = '';
  let first = -1;
  const close = (last: number) => {
    if (first === -1) return;
    words.push({ text, startSeconds: starts[first]!, endSeconds: Math.max(starts[first]!, ends[last]!) });
    text = '';
    first = -1;
  };
  characters.forEach((character, i) => {
    if (/^\s*$/u.test(character)) {
      close(i - 1);
      return;
    }
    if (first === -1) first = i;
    text += character;
  });
  close(characters.length - 1);
  return words;
}
