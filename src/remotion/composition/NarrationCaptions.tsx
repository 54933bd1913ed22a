import { useMemo, type CSSProperties, type ReactElement } from 'react';
import { AbsoluteFill, useCurrentFrame } from 'remotion';
import type { PlatformId } from '#core/platform-presets.js';
import { activeCaptionAt, captionHighlights } from '#core/narration/active-caption.js';
import { spaceBefore } from '#core/narration/caption-cues.js';
import * as captionStyle from '#core/narration/caption-style.js';
import { spokenWordLook, type Emphasis } from '#core/templates/caption-emphasis.js';
import type { ReelforgeVideoProps } from '../props.js';
import { fontStackFor } from '../fonts.js';
import { withAlpha } from './Background.js';

interface NarrationCaptionsProps {
  readonly narration: NonNullable<ReelforgeVideoProps['timeline']['narration']>;
  readonly accent: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  readonly platform?: PlatformId;
  /** The template's emphasis for a scene's spoken words (by the scene's role); highlight without one. */
  readonly emphasisOf?: (sceneIndex: number) => Emphasis;
}

/**
 * The narration burned in: the phrase being spoken, bottom-centred inside the platform safe zone,
 * white on a dark box with the word being said in the channel's accent. Phrases, highlight spans,
 * size, place and colours come from `#core/narration`, like the FFmpeg renderer's ASS captions.
 */
export function NarrationCaptions({
  narration,
  accent,
  width,
  height,
  fps,
  platform,
  emphasisOf = () => 'highlight',
}: NarrationCaptionsProps): ReactElement | null {
  const frame = useCurrentFrame();
  const highlights = useMemo(() => captionHighlights(narration.words), [narration.words]);
  const place = captionStyle.captionPlacement({ width, height }, platform);
  // A frame shows what is said at its middle, so a word lit for even one frame is drawn.
  const active = activeCaptionAt(highlights, (frame + 0.5) / fps);
  if (active === undefined) return null;
  return (
    <AbsoluteFill style={{ pointerEvents: 'none' }}>
      <div
        style={{
          position: 'absolute',
          left: place.left,
          right: place.right,
          bottom: place.bottom,
          display: 'flex',
          justifyContent: 'center',
        }}
      >
        <div
          data-testid="narration-caption"
          style={{
            padding: place.boxPadding,
            backgroundColor: withAlpha(captionStyle.CAPTION_BOX_COLOUR, captionStyle.CAPTION_BOX_OPACITY),
            color: captionStyle.CAPTION_TEXT_COLOUR,
            fontFamily: fontStackFor(captionStyle.CAPTION_FONT),
            fontWeight: 700,
            fontSize: place.fontSize,
            lineHeight: 1.2,
            textAlign: 'center',
            overflowWrap: 'anywhere',
            // The white space between words is the script's (tabs, several spaces): shown as written.
            whiteSpace: 'pre-wrap',
          }}
        >
          {active.cue.words.map((word, i) => (
            <span
              key={i}
              style={
                i === active.wordIndex ? spokenWordStyle(emphasisOf(word.sceneIndex), accent) : undefined
              }
            >
              {spaceBefore(active.cue, i)}
              {word.text}
            </span>
          ))}
        </div>
      </div>
    </AbsoluteFill>
  );
}

/** The spoken word as the FFmpeg captions draw it (`spokenWordLook`, shared). */
function spokenWordStyle(emphasis: Emphasis, accent: string): CSSProperties {
  const look = spokenWordLook(emphasis, accent);
  return {
    ...(look.colour ? { color: look.colour } : {}),
    ...(look.underline ? { textDecoration: 'underline' } : {}),
  };
}
