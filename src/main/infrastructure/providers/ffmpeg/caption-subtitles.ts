import type { ChannelStyle } from '#core/channel.js';
import { contrastRatio } from '#core/channels/colour-contrast.js';
import { buildCaptionCues, highlightSpans } from '#core/narration/caption-cues.js';
import type { NarrationTrack } from '#core/narration/timed-words.js';
import type { FrameSize } from '#core/video-quality.js';
import { safeAreaFor } from '#core/render-look/safe-zone.js';

/** Caption text height as a share of the frame's shorter side. */
const FONT_SHARE = 0.06;
/** The caption family: bundled, bold, and with the bundled fallbacks behind it (libass `fontsdir`). */
export const CAPTION_FONT = 'Noto Sans';
const CAPTION_TEXT = '#ffffff';
const CAPTION_BOX = '#101010';
const FALLBACK_HIGHLIGHT = '#ffd60a';

/** `#rrggbb` → ASS `&HAABBGGRR` (alpha 00 = opaque). */
export function assColour(hex: string, alpha = 0): string {
  const rgb = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? 'ffffff';
  const [r, g, b] = [rgb.slice(0, 2), rgb.slice(2, 4), rgb.slice(4, 6)];
  return `&H${alpha.toString(16).padStart(2, '0')}${b}${g}${r}`.toUpperCase();
}

/** `H:MM:SS.cc`, the centisecond clock of ASS. */
export function assTime(seconds: number): string {
  const cs = Math.max(0, Math.round(seconds * 100));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${h}:${two(m)}:${two(s)}.${two(cs % 100)}`;
}

/**
 * Script text made inert for ASS: braces would open override blocks and a backslash could start
 * `\N` or `\h`, so they are replaced by look-alikes.
 */
export function assText(text: string): string {
  return text.replace(/\\/g, '⧵').replace(/\{/g, '(').replace(/\}/g, ')');
}

/**
 * An ASS subtitle script that burns the narration in: one short phrase at a time, bottom-centred
 * inside the platform safe zone, white on one dark box (libass border style 4), with the word being
 * spoken in the channel's accent colour. One event per highlighted word, so the highlight moves
 * exactly at the word timings. Pure.
 */
export function buildCaptionSubtitles(track: NarrationTrack, frame: FrameSize, style: ChannelStyle): string {
  const safe = safeAreaFor(frame);
  const fontSize = Math.round(Math.min(frame.width, frame.height) * FONT_SHARE);
  const marginV = frame.height - (safe.y + safe.height) + Math.round(fontSize * 0.4);
  const box = Math.max(2, Math.round(fontSize * 0.18));
  // Light words on a dark box read on any background; the spoken word takes the channel's accent
  // when that stands out on the box, otherwise a bright yellow.
  const text = assColour(CAPTION_TEXT);
  const highlight = assColour(
    contrastRatio(style.palette.accent, CAPTION_BOX) >= 4.5 ? style.palette.accent : FALLBACK_HIGHLIGHT,
  );
  const header = [
    '[Script Info]',
    'ScriptType: v4.00+',
    `PlayResX: ${frame.width}`,
    `PlayResY: ${frame.height}`,
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    `Style: Caption,${CAPTION_FONT},${fontSize},${text},${highlight},${assColour(CAPTION_BOX, 0x40)},${assColour(CAPTION_BOX, 0x40)},-1,0,0,0,100,100,0,0,4,${box},0,2,${safe.x + box},${safe.x + box},${marginV},1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const events = buildCaptionCues(track.words).flatMap((cue) =>
    highlightSpans(cue).map((span) => {
      const words = cue.words.map((word, i) =>
        i === span.wordIndex ? `{\\c${highlight}}${assText(word.text)}{\\c${text}}` : assText(word.text),
      );
      return `Dialogue: 0,${assTime(span.startSeconds)},${assTime(span.endSeconds)},Caption,,0,0,0,,${words.join(' ')}`;
    }),
  );
  return `${[...header, ...events].join('\n')}\n`;
}

/**
 * A path as the value of a filter option inside `-filter_complex`: escaped once for the option
 * parser (`\ : '`) and once more for the graph parser (`\ ' [ ] , ;`).
 */
export function filterPathValue(path: string): string {
  const option = path.replace(/[\\:']/g, '\\$&');
  return option.replace(/[\\'[\],;]/g, '\\$&');
}
