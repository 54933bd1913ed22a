import { cueText, type CaptionCue } from './caption-cues.js';

/** `HH:MM:SS.mmm` (WebVTT) or `HH:MM:SS,mmm` (SubRip), rounded to the millisecond. */
export function subtitleTimestamp(seconds: number, separator: '.' | ','): string {
  const totalMs = Math.max(0, Math.round(seconds * 1000));
  const ms = totalMs % 1000;
  const totalSeconds = (totalMs - ms) / 1000;
  const s = totalSeconds % 60;
  const m = Math.floor(totalSeconds / 60) % 60;
  const h = Math.floor(totalSeconds / 3600);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}${separator}${String(ms).padStart(3, '0')}`;
}

/**
 * A cue's text as SRT and WebVTT can hold it: the script's characters as written, except that an
 * empty line would end the cue, so line breaks (and white space between them) become one "\n".
 */
export function subtitleCueText(cue: CaptionCue): string {
  return cueText(cue)
    .replace(/\r\n?/g, '\n')
    .replace(/\n[^\S\n]*(?=\n)/g, '');
}

/** WebVTT cue text: `&`, `<` and `>` escaped, so script text can never open a tag or end a timing line. */
function vttText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A WebVTT file with one phrase cue per caption. */
export function formatVtt(cues: readonly CaptionCue[]): string {
  const blocks = cues.map(
    (cue, i) =>
      `${i + 1}\n${subtitleTimestamp(cue.startSeconds, '.')} --> ${subtitleTimestamp(cue.endSeconds, '.')}\n${vttText(subtitleCueText(cue))}\n`,
  );
  return `WEBVTT\n\n${blocks.join('\n')}`;
}

/** A SubRip file with one phrase cue per caption. SubRip has no escapes: an arrow is spelled out. */
export function formatSrt(cues: readonly CaptionCue[]): string {
  return cues
    .map(
      (cue, i) =>
        `${i + 1}\n${subtitleTimestamp(cue.startSeconds, ',')} --> ${subtitleTimestamp(cue.endSeconds, ',')}\n${subtitleCueText(cue).replace(/-->/g, '→')}\n`,
    )
    .join('\n');
}
