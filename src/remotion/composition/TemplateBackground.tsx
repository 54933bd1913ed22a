import type { ReactElement } from 'react';
import { AbsoluteFill, Img, Loop, OffthreadVideo } from 'remotion';
import { templateBlurPx } from '#core/render-look/cover-picture.js';
import type { StyleBackgroundMedia } from '#core/templates/template-logo.js';

interface TemplateBackgroundProps {
  readonly media: StyleBackgroundMedia;
  /** Where the page loads the file from: the render's media server, or a preview's data URL. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

/**
 * A template's picture, or its video looped from the start of each scene (as the FFmpeg renderer
 * plays it), covering the frame, blurred and darkened by the template's blur and dim.
 */
export function TemplateBackground({
  media,
  src,
  width,
  height,
  fps,
}: TemplateBackgroundProps): ReactElement {
  // The template's blur is in pixels of a 1080 px frame, like the FFmpeg renderer's.
  const blur = templateBlurPx(media.blur, { width, height });
  const cover = {
    width: '100%',
    height: '100%',
    objectFit: 'cover' as const,
    ...(blur > 0 ? { filter: `blur(${blur}px)` } : {}),
  };
  const clipFrames = Math.max(1, Math.round((media.durationSeconds ?? 1) * fps));
  return (
    <AbsoluteFill>
      {media.kind === 'image' ? (
        <Img src={src} style={cover} />
      ) : (
        <Loop durationInFrames={clipFrames}>
          <AbsoluteFill>
            <OffthreadVideo src={src} muted style={cover} />
          </AbsoluteFill>
        </Loop>
      )}
      {media.dim > 0 ? <AbsoluteFill style={{ backgroundColor: `rgba(0, 0, 0, ${media.dim})` }} /> : null}
    </AbsoluteFill>
  );
}
