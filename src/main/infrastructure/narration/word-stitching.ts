import type { TimedWord } from '#core/narration/timed-words.js';
import { splitWrittenWords } from '#core/narration/written-words.js';
import type { PcmAudio } from './wav.js';

/** A sample at or above this level (about −40 dBFS) is speech; below it, silence. */
export const SPEECH_LEVEL = 330;
/** Kept before the first and after the last loud sample, so soft onsets and releases survive. */
const EDGE_SECONDS = 0.01;

/** The sample range [start, end) from just before the first to just after the last speech sample. */
export function speechBounds(audio: PcmAudio): { start: number; end: number } | undefined {
  const { samples, sampleRate } = audio;
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i += 1) {
    if (Math.abs(samples[i]!) >= SPEECH_LEVEL) {
      if (first === -1) first = i;
      last = i;
    }
  }
  if (first === -1) return undefined;
  const edge = Math.round(EDGE_SECONDS * sampleRate);
  return { start: Math.max(0, first - edge), end: Math.min(samples.length, last + 1 + edge) };
}

/** Silence after a word: longer after a clause or sentence ends, shorter when speaking faster. */
export function pauseAfter(word: string, rate: number): number {
  const base = /[.!?…]["'”’)\]]*$/u.test(word) ? 0.35 : /[,;:]["'”’)\]]*$/u.test(word) ? 0.2 : 0.06;
  return base / Math.max(0.25, rate);
}

export interface SpokenWordAudio {
  readonly text: string;
  readonly audio: PcmAudio;
}

/**
 * One utterance from words spoken one at a time: each word's speech (its silences trimmed) placed
 * after the previous one with a short pause. Every word's time is where its samples were put, so
 * the timings are exact by construction, not estimated. A word with no audible speech (a lone dash)
 * gets a zero-length time where it stands. All audio must share one sample rate.
 */
export function stitchWords(
  words: readonly SpokenWordAudio[],
  rate: number,
): { audio: PcmAudio; words: TimedWord[] } {
  const sampleRate = words[0]?.audio.sampleRate ?? 22_050;
  const pieces: { samples: Int16Array; at: number }[] = [];
  const timed: TimedWord[] = [];
  let cursor = 0;
  for (const [i, word] of words.entries()) {
    if (word.audio.sampleRate !== sampleRate) {
      throw new Error(`word ${i + 1} is at ${word.audio.sampleRate} Hz, the others at ${sampleRate} Hz`);
    }
    const bounds = speechBounds(word.audio);
    const samples = bounds ? word.audio.samples.subarray(bounds.start, bounds.end) : new Int16Array(0);
    pieces.push({ samples, at: cursor });
    timed.push({
      text: word.text,
      startSeconds: cursor / sampleRate,
      endSeconds: (cursor + samples.length) / sampleRate,
    });
    cursor += samples.length;
    if (samples.length > 0 && i < words.length - 1) {
      cursor += Math.round(pauseAfter(word.text, rate) * sampleRate);
    }
  }
  const out = new Int16Array(cursor);
  for (const piece of pieces) out.set(piece.samples, piece.at);
  return { audio: { sampleRate, samples: out }, words: timed };
}

/**
 * The words of a text a voice says one at a time: split at white space, punctuation kept, a
 * no-break space inside its word. The same words as `splitWrittenWords`, so the narration step
 * can give each back the white space written after it (`withWrittenSpacing`).
 */
export function splitWords(text: string): string[] {
  return splitWrittenWords(text).words.map((word) => word.text);
}
