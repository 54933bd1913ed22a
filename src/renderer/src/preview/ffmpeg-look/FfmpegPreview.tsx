// The live preview of an FFmpeg render: every frame painted with the renderer's own layout,
// drawing, motion and transition code (see FfmpegFramePainter), so what plays here is what the
// FFmpeg provider writes.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PlatformId } from '#core/platform-presets.js';
import { textWeightsUsed } from '#core/templates/text-position.js';
import { frameSizeFor } from '#core/video-quality.js';
import type { AspectRatio, VideoTimeline } from '../../../../shared/api-types.js';
import { fontFacesNeededFor } from '../../../../remotion/fonts.js';
import { loadFace } from '../../../../remotion/load-font-face.js';
import { usePlaybackClock } from '../use-playback-clock.js';
import { FfmpegFramePainter, type PageCanvas2D } from './ffmpeg-frame-painter.js';
import { PreviewControls } from '../PreviewControls.js';
import { PreviewLogo } from '../PreviewLogo.js';

export interface FfmpegPreviewProps {
  readonly timeline: VideoTimeline;
  readonly aspectRatio: AspectRatio;
  readonly platform?: PlatformId;
  readonly overlay?: ReactNode;
  readonly autoPlay?: boolean;
}

const ASPECT: Record<AspectRatio, string> = { '9:16': '9 / 16', '1:1': '1 / 1', '16:9': '16 / 9' };

/** Loads the shipped faces the timeline's text needs; true once they are in (or cannot be). */
function useRenderFonts(text: string, weights: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    if (typeof FontFace === 'undefined' || typeof document === 'undefined' || !document.fonts) {
      setReady(true);
      return undefined;
    }
    let live = true;
    const baseUrl = new URL('fonts/', document.baseURI).href;
    // The layout measures text: it is laid out again once the faces are in.
    void Promise.allSettled(
      fontFacesNeededFor(text, weights.split(',').map(Number)).map((spec) => loadFace(spec, baseUrl)),
    ).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [text, weights]);
  return ready;
}

export function FfmpegPreview({
  timeline,
  aspectRatio,
  platform = 'generic',
  overlay,
  autoPlay = true,
}: FfmpegPreviewProps) {
  const frame = frameSizeFor('standard', aspectRatio);
  const fontsReady = useRenderFonts(
    timeline.scenes.map((s) => s.text).join('\n'),
    textWeightsUsed(timeline.style.layout).join(','),
  );
  const painter = useMemo(
    () => FfmpegFramePainter.create(timeline, { width: frame.width, height: frame.height }, platform),
    // Laid out again when the faces arrive: text is measured with them.
    [timeline, frame.width, frame.height, platform, fontsReady],
  );
  const clock = usePlaybackClock(timeline.durationSeconds, { autoPlay });
  const canvas = useRef<HTMLCanvasElement>(null);
  const frameNumber = painter ? painter.frameAt(clock.time) : 0;

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d') as PageCanvas2D | null | undefined;
    if (painter && ctx) painter.paint(ctx, frameNumber);
  }, [painter, frameNumber]);

  return (
    <div
      className={`preview preview-${aspectRatio.replace(':', 'x')}`}
      data-testid="ffmpeg-preview"
      data-frame={frameNumber}
      data-fonts-ready={fontsReady}
    >
      <div
        className="preview-frame"
        style={{ aspectRatio: ASPECT[aspectRatio] }}
        role="img"
        aria-label={`Preview of “${timeline.topic}” as FFmpeg renders it`}
        data-playing={clock.playing}
      >
        <canvas
          ref={canvas}
          width={frame.width}
          height={frame.height}
          className="ffmpeg-preview-canvas"
          data-testid="ffmpeg-preview-canvas"
        />
        <PreviewLogo logo={timeline.style.logo} aspectRatio={aspectRatio} platform={platform} />
        {overlay}
      </div>
      <PreviewControls clock={clock} durationSeconds={timeline.durationSeconds} />
    </div>
  );
}
