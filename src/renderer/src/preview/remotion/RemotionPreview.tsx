// The live preview with the very compositions the Remotion renderer uses, played by
// @remotion/player. Loaded lazily, and only while the Remotion provider is enabled, so Remotion's
// code never runs in an app that has switched it off (see ScriptPreview).
import { Player, type PlayerRef } from '@remotion/player';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ReelforgeVideo, metadataFromProps, timelineToCompositionProps } from '../../../../remotion/index.js';
import { frameSizeFor } from '../../../../main/domain/video-quality.js';
import type { AspectRatio, VideoTimeline } from '../../../../shared/api-types.js';

export interface RemotionPreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio: AspectRatio;
}

/** Folder the fonts are served from: copied next to index.html by the renderer build. */
const fontBaseUrl = (): string => new URL('fonts/', document.baseURI).href;

export default function RemotionPreview({ timeline, aspectRatio }: RemotionPreviewProps) {
  const player = useRef<PlayerRef>(null);
  const [frame, setFrame] = useState(0);
  const [playing, setPlaying] = useState(true);
  const props = useMemo(
    // Standard size: the player scales it to the panel; text layout matches the final render.
    () => timelineToCompositionProps(timeline, frameSizeFor('standard', aspectRatio), {}, fontBaseUrl()),
    [timeline, aspectRatio],
  );
  const metadata = metadataFromProps(props);

  useEffect(() => {
    const current = player.current;
    if (!current) return undefined;
    const onFrame = (e: { detail: { frame: number } }) => setFrame(e.detail.frame);
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(false);
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
      data-frame={frame}
      data-playing={playing}
    >
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
        style={{ width: '100%', aspectRatio: `${metadata.width} / ${metadata.height}`, borderRadius: 12 }}
      />
    </div>
  );
}
