import { writeFile } from 'node:fs/promises';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import type { ChannelPalette } from '#core/channel.js';
import type { FrameSize } from '#core/video-quality.js';
import { withAlpha } from '#core/render-look/colors.js';
import { drawChannelPicture, drawCoverPicture } from '#core/render-look/cover-picture.js';
import { drawGradientBackground, drawTextLayer } from '#core/render-look/draw.js';
import { fontShorthand } from './fonts.js';
import type { Measure } from '#core/render-look/text-wrap.js';
import type { ImageSource } from './render-plan.js';
import type { TextLayout } from '#core/render-look/text-layout.js';

/** canvas' measureText for a size, family and weight, reusing one scratch context. */
export function canvasMeasureAt(): (size: number, family: string, weight?: number) => Measure {
  const ctx = createCanvas(8, 8).getContext('2d');
  return (size, family, weight) => {
    const font = fontShorthand(size, family, weight);
    return (text) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    };
  };
}

/** Draws a laid-out text layer onto a transparent raw RGBA image (the shared `drawTextLayer`). */
export async function writeTextLayer(layout: TextLayout, path: string): Promise<ImageSource> {
  const canvas = createCanvas(layout.width, layout.height);
  drawTextLayer(canvas.getContext('2d'), layout);
  return writeRaw(canvas, path);
}

/**
 * The channel background for one scene: a diagonal gradient through the palette's background
 * stops, turned a little per scene so consecutive scenes differ, with two soft glows of the
 * primary and accent colours and a gentle vignette that keeps text readable.
 */
export async function writeGradientBackground(
  palette: ChannelPalette,
  frame: FrameSize,
  sceneIndex: number,
  path: string,
): Promise<ImageSource> {
  const canvas = createCanvas(frame.width, frame.height);
  drawGradientBackground(canvas.getContext('2d'), palette, frame, sceneIndex);
  return writeRaw(canvas, path);
}

/** The code that draws gradient backgrounds, so a cache of them can tell when the look changed. */
export function gradientDrawingSource(): string {
  return [writeGradientBackground, drawGradientBackground, withAlpha].map((f) => f.toString()).join('\n');
}

/** Writes the canvas as raw RGBA (straight alpha), which ffmpeg reads with `-f rawvideo`. */
async function writeRaw(canvas: Canvas, path: string): Promise<ImageSource> {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  await writeFile(path, data);
  return { path, raw: { width: canvas.width, height: canvas.height } };
}

/** A frame-sized canvas with the picture covering it (the shared `drawCoverPicture`). */
async function coverFrame(imagePath: string, frame: FrameSize, blurPx = 0, dim = 0) {
  const image = await loadImage(imagePath);
  const canvas = createCanvas(frame.width, frame.height);
  drawCoverPicture(canvas.getContext('2d'), image, image, frame, blurPx, dim);
  return { canvas };
}

/**
 * A user's background picture, scaled to cover the frame and darkened towards the palette's
 * first background colour so palette-coloured text stays readable on it.
 */
export async function writeImageBackground(
  imagePath: string,
  palette: ChannelPalette,
  frame: FrameSize,
  path: string,
): Promise<ImageSource> {
  // The shared drawing, so the FFmpeg-look preview draws this picture with the same calls.
  const image = await loadImage(imagePath);
  const canvas = createCanvas(frame.width, frame.height);
  drawChannelPicture(canvas.getContext('2d'), image, image, frame, palette);
  return writeRaw(canvas, path);
}

/**
 * A template's background picture: scaled to cover the frame, blurred by `blurPx` (a Gaussian of
 * that standard deviation, as CSS blur()) and darkened by `dim` (0–1), as the Remotion composition
 * draws it.
 */
export async function writeTemplateImageBackground(
  imagePath: string,
  frame: FrameSize,
  blurPx: number,
  dim: number,
  path: string,
): Promise<ImageSource> {
  const { canvas } = await coverFrame(imagePath, frame, blurPx, dim);
  return writeRaw(canvas, path);
}

/**
 * Grey mask for wipe transitions, twice the frame wide plus a soft edge: black (old scene),
 * a ramp, then white (new scene). Sliding a frame-sized window across it moves the edge.
 */
export async function writeWipeMask(frame: FrameSize, path: string): Promise<ImageSource> {
  const edge = Math.max(2, Math.round(frame.width * 0.08));
  const canvas = createCanvas(frame.width * 2 + edge, frame.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#000000';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const ramp = ctx.createLinearGradient(frame.width, 0, frame.width + edge, 0);
  ramp.addColorStop(0, '#000000');
  ramp.addColorStop(1, '#ffffff');
  ctx.fillStyle = ramp;
  ctx.fillRect(frame.width, 0, edge, frame.height);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(frame.width + edge, 0, frame.width, frame.height);
  return writeRaw(canvas, path);
}
