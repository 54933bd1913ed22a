import type { ChannelStyle } from '#core/channel.js';
import { buildCaptionCues, highlightSpans, spaceBefore } from '#core/narration/caption-cues.js';
import {
  CAPTION_BOX_COLOUR,
  CAPTION_BOX_OPACITY,
  CAPTION_FONT,
  CAPTION_TEXT_COLOUR,
  captionHighlightColour,
  captionPlacement,
} from '#core/narration/caption-style.js';
import type { NarrationTrack } from '#core/narration/timed-words.js';
import { spokenWordLook, type Emphasis } from '#core/templates/caption-emphasis.js';
import type { PlatformId } from '#core/platform-presets.js';
import type { FrameSize } from '#core/video-quality.js';
import { even } from '#core/render-look/safe-zone.js';

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
 * The white space between two words as ASS shows it: as written (libass keeps runs of spaces),
 * except a line break, which in an event's text is `\N` (a raw one would end the event's line).
 */
export function assSpace(space: string): string {
  return space.replace(/\r\n?|\n/g, '\\N');
}

/**
 * An ASS subtitle script that burns the narration in: one short phrase at a time, bottom-centred
 * inside the platform safe zone, white on one dark box (libass border style 4), with the word being
 * spoken in the channel's accent colour. One event per highlighted word, so the highlight moves
 * exactly at the word timings. A template's `emphasis` (per scene, by its role: `emphasisOf`)
 * colours, underlines or leaves the spoken word plain, as the Remotion captions do. Pure.
 */
export function buildCaptionSubtitles(
  track: NarrationTrack,
  frame: FrameSize,
  style: ChannelStyle,
  platform: PlatformId = 'generic',
  emphasisOf: (sceneIndex: number) => Emphasis = () => 'highlight',
): string {
  // The same size, place and colours as the Remotion composition's captions (caption-style.ts).
  const place = captionPlacement(frame, platform, even);
  const { fontSize, boxPadding: box } = place;
  // Light words on a dark box read on any background.
  const text = assColour(CAPTION_TEXT_COLOUR);
  const highlight = assColour(captionHighlightColour(style.palette.accent));
  const boxColour = assColour(CAPTION_BOX_COLOUR, Math.round((1 - CAPTION_BOX_OPACITY) * 256));
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
    `Style: Caption,${CAPTION_FONT},${fontSize},${text},${highlight},${boxColour},${boxColour},-1,0,0,0,100,100,0,0,4,${box},0,2,${place.left},${place.right},${place.bottom},1`,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
  ];
  const events = buildCaptionCues(track.words).flatMap((cue) =>
    highlightSpans(cue).map((span) => {
      // Each word after the white space written before it (issue #18: the script's characters).
      const words = cue.words.map((word, i) => {
        const space = assSpace(spaceBefore(cue, i));
        if (i !== span.wordIndex) return space + assText(word.text);
        const look = spokenWordLook(emphasisOf(word.sceneIndex), style.palette.accent);
        const on = `${look.colour ? `\\c${assColour(look.colour)}` : ''}${look.underline ? '\\u1' : ''}`;
        const off = `${look.colour ? `\\c${text}` : ''}${look.underline ? '\\u0' : ''}`;
        return space + (on ? `{${on}}${assText(word.text)}{${off}}` : assText(word.text));
      });
      return `Dialogue: 0,${assTime(span.startSeconds)},${assTime(span.endSeconds)},Caption,,0,0,0,,${words.join('')}`;
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
