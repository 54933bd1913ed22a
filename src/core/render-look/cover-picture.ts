// How a template's background picture fills the frame, written against the 2D canvas API that
// @napi-rs/canvas (the FFmpeg render) and the browser (its preview) both implement, so the preview
// draws the picture with the very calls the render does.
import type { ChannelPalette } from '../channel.js';
import type { FrameSize } from '../video-quality.js';
import { withAlpha } from './colors.js';

/** The canvas calls a cover picture needs; `Picture` is the platform's image type. */
export interface PictureCanvas<Picture> {
  filter: string;
  fillStyle: unknown;
  drawImage(picture: Picture, dx: number, dy: number, dw: number, dh: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
}

/** Where a picture of `size` is drawn to cover `frame`: scaled up or down, centred, the rest cut. */
export function coverRect(
  size: { readonly width: number; readonly height: number },
  frame: FrameSize,
): { x: number; y: number; width: number; height: number } {
  const scale = Math.max(frame.width / size.width, frame.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: (frame.width - width) / 2, y: (frame.height - height) / 2, width, height };
}

/**
 * Draws `picture` covering the frame, blurred by `blurPx` (a Gaussian of that standard
 * deviation, as CSS blur()) and darkened by `dim` (0–1: a black layer of that opacity).
 */
export function drawCoverPicture<Picture>(
  ctx: PictureCanvas<Picture>,
  picture: Picture,
  size: { readonly width: number; readonly height: number },
  frame: FrameSize,
  blurPx = 0,
  dim = 0,
): void {
  const rect = coverRect(size, frame);
  ctx.filter = blurPx > 0 ? `blur(${blurPx}px)` : 'none';
  ctx.drawImage(picture, rect.x, rect.y, rect.width, rect.height);
  ctx.filter = 'none';
  if (dim > 0) {
    ctx.fillStyle = `rgba(0, 0, 0, ${dim})`;
    ctx.fillRect(0, 0, frame.width, frame.height);
  }
}

/** A template's blur is in pixels of a 1080 px frame: the same look at every size. */
export function templateBlurPx(blur: number, frame: FrameSize): number {
  return (blur * Math.min(frame.width, frame.height)) / 1080;
}

/**
 * The picture `providers.ffmpeg.options.backgrounds` names for a channel: covering the frame and
 * darkened towards the palette's first background colour so palette-coloured text stays readable.
 */
export function drawChannelPicture<Picture>(
  ctx: PictureCanvas<Picture>,
  picture: Picture,
  size: { readonly width: number; readonly height: number },
  frame: FrameSize,
  palette: Pick<ChannelPalette, 'background'>,
): void {
  drawCoverPicture(ctx, picture, size, frame);
  ctx.fillStyle = withAlpha(palette.background[0] ?? '#000000', 0.45);
  ctx.fillRect(0, 0, frame.width, frame.height);
}

/** What the FFmpeg render draws behind a scene that has no footage clip of its own. */
export type FfmpegBackgroundKind = 'template-video' | 'template-picture' | 'channel-picture' | 'gradient';

/**
 * The FFmpeg render's precedence, shared with its preview: a template's video or picture, else
 * the channel's picture from the provider options (`hasChannelPicture`), else the gradient.
 */
export function ffmpegBackgroundKind(
  style: { readonly backgroundMedia?: { readonly kind: 'image' | 'video' } },
  hasChannelPicture: boolean,
): FfmpegBackgroundKind {
  const media = style.backgroundMedia;
  if (media) return media.kind === 'video' ? 'template-video' : 'template-picture';
  return hasChannelPicture ? 'channel-picture' : 'gradient';
}
