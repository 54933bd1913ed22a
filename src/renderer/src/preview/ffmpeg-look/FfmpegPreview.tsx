// The live preview of an FFmpeg render: every frame painted with the renderer's own layout,
// drawing, motion and transition code (see FfmpegFramePainter), so what plays here is what the
// FFmpeg provider writes.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PlatformId } from '#core/platform-presets.js';
import { textWeightsUsed } from '#core/templates/text-position.js';
import { frameSizeFor } from '#core/video-quality.js';
import type { AspectRatio, VideoTimeline } from '#shared/api-types.js';
import { fontFacesNeededFor } from '#remotion/fonts.js';
import { loadFace } from '#remotion/load-font-face.js';
import { useOptionalApi } from '../../app/api-context.js';
import { previewTemplateMedia, type PreviewTemplateMedia } from '../template-media.js';
import { usePlaybackClock } from '../use-playback-clock.js';
import { FfmpegFramePainter, type PageCanvas2D } from './ffmpeg-frame-painter.js';
import { channelPictureUrl, ffmpegPreviewBackground } from './preview-background.js';
import { useLoadedBackground } from './use-loaded-background.js';
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

/**
 * Loads the shipped faces the timeline's text needs and the template's own font files; true once
 * they are in (or cannot be).
 */
function useRenderFonts(
  text: string,
  weights: string,
  templateFonts: PreviewTemplateMedia['fontUrls'],
): boolean {
  const templateFontsKey = JSON.stringify(templateFonts);
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
    const ownFaces = (JSON.parse(templateFontsKey) as { family: string; url: string }[]).map(
      async ({ family, url }) => {
        // One file per family, used at every weight (the file has the weight it has), as the render.
        const face = new FontFace(family.replace(/["\\]/g, ''), `url("${url}")`, { weight: '100 900' });
        document.fonts.add(face);
        await face.load();
      },
    );
    void Promise.allSettled([
      ...fontFacesNeededFor(text, weights.split(',').map(Number)).map((spec) => loadFace(spec, baseUrl)),
      ...ownFaces,
    ]).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [text, weights, templateFontsKey]);
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
  const api = useOptionalApi();
  const urlOf = api?.templateMediaUrl;
  const media = useMemo(() => previewTemplateMedia(timeline.style, urlOf), [timeline.style, urlOf]);
  const channelPicture = channelPictureUrl(timeline, api?.channelMediaUrl);
  const fontsReady = useRenderFonts(
    timeline.scenes.map((s) => s.text).join('\n'),
    textWeightsUsed(timeline.style.layout).join(','),
    media.fontUrls,
  );
  const chosen = useMemo(
    () => ffmpegPreviewBackground(timeline.style, media.backgroundUrl, channelPicture),
    [timeline.style, media.backgroundUrl, channelPicture],
  );
  const background = useLoadedBackground(chosen.load?.media, chosen.load?.url);
  const painter = useMemo(
    () =>
      FfmpegFramePainter.create(timeline, { width: frame.width, height: frame.height }, platform, background),
    // Laid out again when the faces arrive: text is measured with them.
    [timeline, frame.width, frame.height, platform, fontsReady, background],
  );
  const clock = usePlaybackClock(timeline.durationSeconds, { autoPlay });
  const canvas = useRef<HTMLCanvasElement>(null);
  const frameNumber = painter ? painter.frameAt(clock.time) : 0;

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d') as PageCanvas2D | null | undefined;
    if (!element || !painter || !ctx) return undefined;
    painter.paint(ctx, frameNumber);
    const video = painter.backgroundVideo;
    if (!video) return undefined;
    const repaint = () => {
      painter.paint(ctx, frameNumber);
      element.dataset['backgroundSettled'] = String(!video.seeking);
    };
    video.addEventListener('seeked', repaint);
    // Playing, the clip plays along and is only moved when it drifts or a scene starts it over;
    // paused, it is moved to this frame's clip time exactly and painted once there.
    const target = painter.backgroundVideoSecondsAt(frameNumber);
    const drift = Math.abs(video.currentTime - target);
    if (clock.playing) {
      if (video.paused) void video.play().catch(() => undefined);
      if (drift > 0.25) video.currentTime = target;
    } else {
      if (!video.paused) video.pause();
      if (drift > 0.5 / timeline.fps) {
        element.dataset['backgroundSettled'] = 'false';
        video.currentTime = target;
      }
    }
    return () => video.removeEventListener('seeked', repaint);
  }, [painter, frameNumber, timeline.fps, clock.playing]);

  return (
    <div
      className={`preview preview-${aspectRatio.replace(':', 'x')}`}
      data-testid="ffmpeg-preview"
      data-frame={frameNumber}
      data-fonts-ready={fontsReady}
      data-background-ready={chosen.kind !== 'gradient' ? background !== undefined : undefined}
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
        <PreviewLogo style={timeline.style} aspectRatio={aspectRatio} platform={platform} />
        {overlay}
      </div>
      <PreviewControls clock={clock} durationSeconds={timeline.durationSeconds} />
    </div>
  );
}
