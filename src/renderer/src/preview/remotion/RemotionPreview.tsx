// The live preview with the very compositions the Remotion renderer uses, played by
// @remotion/player. Loaded lazily, and only while the Remotion provider is enabled, so Remotion's
// code never runs in an app that has switched it off (see ScriptPreview).
import { Player, type PlayerRef } from '@remotion/player';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { PlatformId } from '#core/platform-presets.js';
import { ReelforgeVideo, metadataFromProps, timelineToCompositionProps } from '#remotion/index.js';
import { frameSizeFor } from '#core/video-quality.js';
import type { AspectRatio, VideoTimeline } from '#shared/api-types.js';
import { useOptionalApi } from '../../app/api-context.js';
import { previewTemplateMedia } from '../template-media.js';

export interface RemotionPreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio: AspectRatio;
  /** Whose safe rectangle the composition centres text in; generic when left out. */
  readonly platform?: PlatformId;
  /** Drawn over the player (the platform's UI guide); takes no clicks. */
  readonly overlay?: ReactNode;
}

/** Folder the fonts are served from: copied next to index.html by the renderer build. */
const fontBaseUrl = (): string => new URL('fonts/', document.baseURI).href;

export default function RemotionPreview({ timeline, aspectRatio, platform, overlay }: RemotionPreviewProps) {
  const player = useRef<PlayerRef>(null);
  const panel = useRef<HTMLDivElement>(null);
  const urlOf = useOptionalApi()?.templateMediaUrl;
  const props = useMemo(
    // Standard size: the player scales it to the panel; text layout matches the final render.
    () => {
      const { backgroundUrl, logoUrl, fontUrls } = previewTemplateMedia(timeline.style, urlOf);
      return timelineToCompositionProps(
        timeline,
        frameSizeFor('standard', aspectRatio),
        {
          ...(backgroundUrl ? { backgroundUrl } : {}),
          ...(logoUrl ? { logoUrl } : {}),
          fontUrls: [...fontUrls],
        },
        fontBaseUrl(),
        platform,
      );
    },
    [timeline, aspectRatio, platform, urlOf],
  );
  const metadata = metadataFromProps(props);
  const style = useMemo(
    () => ({ width: '100%', aspectRatio: `${metadata.width} / ${metadata.height}`, borderRadius: 12 }),
    [metadata.width, metadata.height],
  );

  useEffect(() => {
    const current = player.current;
    const element = panel.current;
    if (!current || !element) return undefined;
    // Frame and play state are written to the panel's data attributes directly (they are there to
    // be observed), not through React state, which would re-render the player 30 times a second.
    const onFrame = (e: { detail: { frame: number } }) => {
      element.dataset['frame'] = String(e.detail.frame);
    };
    const onPlay = () => {
      element.dataset['playing'] = 'true';
    };
    const onPause = () => {
      element.dataset['playing'] = 'false';
    };
    current.addEventListener('frameupdate', onFrame);
    current.addEventListener('play', onPlay);
    current.addEventListener('pause', onPause);
    return () => {
      current.removeEventListener('frameupdate', onFrame);
      current.removeEventListener('play', onPlay);
      current.removeEventListener('pause', onPause);
    };
  }, [props]);

  return (
    <div
      className={`preview preview-${aspectRatio.replace(':', 'x')}`}
      data-testid="remotion-preview"
      data-frame={0}
      data-playing
      ref={panel}
    >
      <div className="remotion-preview-frame">
        <Player
          ref={player}
          component={ReelforgeVideo}
          inputProps={props}
          durationInFrames={metadata.durationInFrames}
          fps={metadata.fps}
          compositionWidth={metadata.width}
          compositionHeight={metadata.height}
          controls
          autoPlay
          loop
          acknowledgeRemotionLicense
          style={style}
        />
        {overlay}
      </div>
    </div>
  );
}
