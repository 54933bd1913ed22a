// A live, faithful preview of a timeline: the palette's moving gradient, each scene's text with
// the channel's entrance animation, and the channel's transition between scenes, in real time.
import type { CSSProperties, ReactNode } from 'react';
import type { PlatformId } from '#core/platform-presets.js';
import type { AspectRatio, VideoTimeline } from '#shared/api-types.js';
import { safePadding } from './platform-frame.js';
import { flexAlignFor, flexJustifyFor, textAlignFor } from '#core/templates/text-position.js';
import { PreviewLogo } from './PreviewLogo.js';
import { SceneText } from './SceneText.js';
import { backgroundAt, sceneAt, transitionLayers, transitionProgress } from './timeline-math.js';
import { usePlaybackClock } from './use-playback-clock.js';
import { PreviewControls } from './PreviewControls.js';

export interface TimelinePreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio?: AspectRatio;
  readonly autoPlay?: boolean;
  readonly initialTime?: number;
  /** Whose safe rectangle the text is centred in; generic when left out. */
  readonly platform?: PlatformId;
  /** Drawn over the frame (the platform's UI guide). */
  readonly overlay?: ReactNode;
}

const ASPECT: Record<AspectRatio, string> = { '9:16': '9 / 16', '1:1': '1 / 1', '16:9': '16 / 9' };

export function TimelinePreview({
  timeline,
  aspectRatio = '9:16',
  autoPlay = true,
  initialTime = 0,
  platform = 'generic',
  overlay,
}: TimelinePreviewProps) {
  // The layer's padding leaves exactly the renderers' safe rectangle; text is centred in it.
  const padding = safePadding(aspectRatio, platform);
  const clock = usePlaybackClock(timeline.durationSeconds, { autoPlay, initialTime });
  const current = sceneAt(timeline, clock.time);
  const progress = current ? transitionProgress(current.scene, current.localSeconds) : 1;
  const layers = current?.scene.transitionIn
    ? transitionLayers(current.scene.transitionIn.kind, progress)
    : { incoming: {} };
  const outgoing = current?.previous && layers.outgoing ? current.previous : undefined;

  return (
    <div className={`preview preview-${aspectRatio.replace(':', 'x')}`} data-testid="timeline-preview">
      <div
        className="preview-frame"
        style={{
          aspectRatio: ASPECT[aspectRatio],
          background: backgroundAt(timeline.style.palette.background, clock.time),
        }}
        role="img"
        aria-label={`Preview of “${timeline.topic}”, scene ${current ? current.position + 1 : 0} of ${timeline.scenes.length}`}
        data-scene-index={current?.scene.index}
        data-playing={clock.playing}
      >
        {outgoing && current && (
          <div
            className="preview-layer"
            style={
              {
                ...(layers.outgoing as CSSProperties),
                '--safe-padding': padding,
                alignItems: flexAlignFor(timeline.style.layout?.[outgoing.role].position),
                justifyContent: flexJustifyFor(textAlignFor(timeline.style.layout?.[outgoing.role])),
              } as CSSProperties
            }
            key={`out-${outgoing.index}`}
          >
            <SceneText
              scene={outgoing}
              style={timeline.style}
              // The leaving scene is shown at rest, as it was when its own time ended.
              localSeconds={outgoing.durationSeconds}
              aspectRatio={aspectRatio}
              platform={platform}
            />
          </div>
        )}
        {current && (
          <div
            className="preview-layer"
            style={
              {
                ...(layers.incoming as CSSProperties),
                '--safe-padding': padding,
                // A template's text position (top / center / bottom), as both renderers place it.
                alignItems: flexAlignFor(timeline.style.layout?.[current.scene.role].position),
                // …and its alignment (left / center / right).
                justifyContent: flexJustifyFor(textAlignFor(timeline.style.layout?.[current.scene.role])),
              } as CSSProperties
            }
            key={`in-${current.scene.index}`}
          >
            <SceneText
              scene={current.scene}
              style={timeline.style}
              localSeconds={current.localSeconds}
              aspectRatio={aspectRatio}
              platform={platform}
            />
          </div>
        )}
        <PreviewLogo style={timeline.style} aspectRatio={aspectRatio} platform={platform} />
        {overlay}
      </div>
      <PreviewControls clock={clock} durationSeconds={timeline.durationSeconds} />
    </div>
  );
}
