/**
 * Music ducked under speech, as the FFmpeg renderer's sidechain compressor does it: lowered while
 * a voice speaks, quickly on the way down and slowly back up. Pure: no DOM, no React.
 */

/** A stretch of the video in which someone speaks, in seconds. */
export interface SpeechSpan {
  readonly startSeconds: number;
  readonly endSeconds: number;
}

/** How far the music goes down under speech: about 12 dB. */
export const DUCKED_GAIN = 0.25;
const ATTACK_SECONDS = 0.05;
const RELEASE_SECONDS = 0.4;
/** Words closer than this are one stretch of speech: the music does not bob up between them. */
const JOIN_GAP_SECONDS = 0.5;

/** Spoken words merged into stretches of speech, in time order. */
export function speechSpans(words: readonly SpeechSpan[]): SpeechSpan[] {
  const sorted = [...words].sort((a, b) => a.startSeconds - b.startSeconds);
  const spans: { startSeconds: number; endSeconds: number }[] = [];
  for (const word of sorted) {
    const last = spans.at(-1);
    if (last && word.startSeconds - last.endSeconds <= JOIN_GAP_SECONDS) {
      last.endSeconds = Math.max(last.endSeconds, word.endSeconds);
    } else spans.push({ startSeconds: word.startSeconds, endSeconds: word.endSeconds });
  }
  return spans;
}

/** The music's gain at a moment: 1 away from speech, `DUCKED_GAIN` under it, ramps in between. */
export function musicGainAt(seconds: number, spans: readonly SpeechSpan[]): number {
  let gain = 1;
  for (const span of spans) {
    let depth: number;
    if (seconds < span.startSeconds - ATTACK_SECONDS) continue;
    if (seconds < span.startSeconds) depth = 1 - (span.startSeconds - seconds) / ATTACK_SECONDS;
    else if (seconds <= span.endSeconds) depth = 1;
    else if (seconds < span.endSeconds + RELEASE_SECONDS)
      depth = 1 - (seconds - span.endSeconds) / RELEASE_SECONDS;
    else continue;
    gain = Math.min(gain, 1 - depth * (1 - DUCKED_GAIN));
  }
  return gain;
}
