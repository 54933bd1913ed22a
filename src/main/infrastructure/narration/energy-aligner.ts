import type { TimedWord } from '#core/narration/timed-words.js';
import type { PcmAudio } from './wav.js';

const FRAME_SECONDS = 0.01;
/** A frame this far below the loudest one is a pause. */
const PAUSE_BELOW_PEAK_DB = 35;
/** Shorter quiet stretches are inside a word (stops, closures), not between words. */
const MIN_PAUSE_SECONDS = 0.04;
/** How far a boundary between two words may move to the quietest point near it. */
const SNAP_SECONDS = 0.08;

/** A stretch of speech between two pauses, in seconds. */
interface Chunk {
  readonly start: number;
  readonly end: number;
}

/** How long a word is expected to take, relative to the others: its letters, plus one. */
function weight(word: string): number {
  return [...word].filter((c) => /[\p{L}\p{N}]/u.test(c)).length + 1;
}

/** Loudness (dB) of each 10 ms frame. */
function frameLevels(audio: PcmAudio): number[] {
  const frame = Math.max(1, Math.round(FRAME_SECONDS * audio.sampleRate));
  const levels: number[] = [];
  for (let start = 0; start < audio.samples.length; start += frame) {
    const end = Math.min(audio.samples.length, start + frame);
    let sum = 0;
    for (let i = start; i < end; i += 1) sum += audio.samples[i]! * audio.samples[i]!;
    levels.push(10 * Math.log10(sum / (end - start) + 1e-9));
  }
  return levels;
}

/** Stretches of speech in the audio, split at pauses of at least `MIN_PAUSE_SECONDS`. */
export function speechChunks(audio: PcmAudio, levels = frameLevels(audio)): Chunk[] {
  const peak = Math.max(...levels);
  const loud = levels.map((level) => level > peak - PAUSE_BELOW_PEAK_DB);
  const minPause = Math.round(MIN_PAUSE_SECONDS / FRAME_SECONDS);
  const chunks: Chunk[] = [];
  let start = -1;
  let quiet = 0;
  loud.forEach((isLoud, i) => {
    if (isLoud) {
      if (start === -1) start = i;
      quiet = 0;
      return;
    }
    if (start === -1) return;
    quiet += 1;
    if (quiet === minPause) {
      chunks.push({ start: start * FRAME_SECONDS, end: (i - minPause + 1) * FRAME_SECONDS });
      start = -1;
    }
  });
  if (start !== -1) chunks.push({ start: start * FRAME_SECONDS, end: (loud.length - quiet) * FRAME_SECONDS });
  return chunks.map((c) => ({
    start: c.start,
    end: Math.min(c.end, audio.samples.length / audio.sampleRate),
  }));
}

/**
 * Forced alignment of known words to speech by energy alone, for voices that give no timings (a
 * recorded voice-over, a cloud voice without timestamps): the audio is cut into stretches of
 * speech at its pauses, the words are shared out over the stretches in order so that each
 * stretch's length best matches the letters it holds (dynamic programming over the squared log
 * ratio), and inside a stretch each word gets time in proportion to its letters. Pure.
 */
export function alignWords(audio: PcmAudio, words: readonly string[]): TimedWord[] {
  if (words.length === 0) return [];
  const levels = frameLevels(audio);
  let chunks = speechChunks(audio, levels);
  if (chunks.length === 0) {
    const end = audio.samples.length / audio.sampleRate;
    chunks = [{ start: 0, end }];
  }
  // More stretches than words: close the shortest pauses until each word can have one.
  while (chunks.length > words.length) {
    let shortest = 0;
    for (let i = 1; i < chunks.length - 1; i += 1) {
      if (chunks[i + 1]!.start - chunks[i]!.end < chunks[shortest + 1]!.start - chunks[shortest]!.end)
        shortest = i;
    }
    chunks = [
      ...chunks.slice(0, shortest),
      { start: chunks[shortest]!.start, end: chunks[shortest + 1]!.end },
      ...chunks.slice(shortest + 2),
    ];
  }
  const weights = words.map(weight);
  const speech = chunks.reduce((sum, c) => sum + (c.end - c.start), 0);
  const secondsPerWeight = speech / weights.reduce((a, b) => a + b, 0);
  const prefix = [0];
  for (const w of weights) prefix.push(prefix.at(-1)! + w);

  // cost[c][w]: best cost of putting the first w words into the first c chunks (each chunk ≥ 1 word).
  const n = words.length;
  const m = chunks.length;
  const cost = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY));
  const from = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let c = 1; c <= m; c += 1) {
    const length = chunks[c - 1]!.end - chunks[c - 1]!.start;
    for (let w = c; w <= n - (m - c); w += 1) {
      for (let k = c - 1; k < w; k += 1) {
        const previous = cost[c - 1]![k]!;
        if (!Number.isFinite(previous)) continue;
        const expected = (prefix[w]! - prefix[k]!) * secondsPerWeight;
        const ratio = Math.log(Math.max(length, 0.01) / Math.max(expected, 0.01));
        if (previous + ratio * ratio < cost[c]![w]!) {
          cost[c]![w] = previous + ratio * ratio;
          from[c]![w] = k;
        }
      }
    }
  }
  const bounds: number[] = [n];
  for (let c = m, w = n; c > 0; c -= 1) {
    w = from[c]![w]!;
    bounds.unshift(w);
  }

  const timed: TimedWord[] = [];
  chunks.forEach((chunk, c) => {
    const first = bounds[c]!;
    const last = bounds[c + 1]!;
    const total = prefix[last]! - prefix[first]!;
    // Boundaries by letters, each moved to the quietest frame near it (words dip in energy
    // where they meet), never past its neighbours.
    const cuts = [chunk.start];
    let share = 0;
    for (let w = first; w < last - 1; w += 1) {
      share += weights[w]!;
      const estimate = chunk.start + ((chunk.end - chunk.start) * share) / total;
      cuts.push(quietestNear(levels, estimate, cuts.at(-1)! + FRAME_SECONDS, chunk.end - FRAME_SECONDS));
    }
    cuts.push(chunk.end);
    for (let w = first; w < last; w += 1) {
      timed.push({ text: words[w]!, startSeconds: cuts[w - first]!, endSeconds: cuts[w - first + 1]! });
    }
  });
  return timed;
}

/** Where the audio is quietest within `SNAP_SECONDS` of `seconds`, kept inside [min, max]. */
function quietestNear(levels: readonly number[], seconds: number, min: number, max: number): number {
  if (max <= min) return Math.max(min, Math.min(seconds, max));
  const from = Math.max(Math.ceil(min / FRAME_SECONDS), Math.round((seconds - SNAP_SECONDS) / FRAME_SECONDS));
  const to = Math.min(Math.floor(max / FRAME_SECONDS), Math.round((seconds + SNAP_SECONDS) / FRAME_SECONDS));
  let best = Math.max(min, Math.min(seconds, max));
  let bestLevel = Number.POSITIVE_INFINITY;
  for (let i = from; i <= to; i += 1) {
    const level = levels[i] ?? Number.POSITIVE_INFINITY;
    // Equally quiet frames: the one nearest the estimate.
    const nearer = Math.abs(i * FRAME_SECONDS - seconds) < Math.abs(best - seconds);
    if (level < bestLevel || (level === bestLevel && nearer)) {
      bestLevel = level;
      best = i * FRAME_SECONDS;
    }
  }
  return best;
}
