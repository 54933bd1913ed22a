import { writeFile } from 'node:fs/promises';
import { createCanvas, loadImage, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ChannelPalette } from '#core/channel.js';
import type { FrameSize } from '#core/video-quality.js';
import { withAlpha } from './colors.js';
import { fontShorthand } from './fonts.js';
import type { Measure } from './text-wrap.js';
import type { ImageSource } from './render-plan.js';
import type { TextLayout } from './text-layout.js';

/** canvas' measureText for a size and family, reusing one scratch context. */
export function canvasMeasureAt(): (size: number, family: string) => Measure {
  const ctx = createCanvas(8, 8).getContext('2d');
  return (size, family) => {
    const font = fontShorthand(size, family);
    return (text) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    };
  };
}

/** Draws a laid-out text layer onto a transparent raw RGBA image. Text goes through canvas only. */
export async function writeTextLayer(layout: TextLayout, path: string): Promise<ImageSource> {
  const canvas = createCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.shadowColor = withAlpha(layout.shadow.color, 0.55);
  ctx.shadowBlur = layout.shadow.blur;
  ctx.shadowOffsetY = layout.shadow.offsetY;
  for (const shape of layout.shapes) {
    ctx.fillStyle = shape.color;
    ctx.beginPath();
    if (shape.kind === 'circle') {
      ctx.arc(shape.x + shape.width / 2, shape.y + shape.height / 2, shape.width / 2, 0, Math.PI * 2);
    } else {
      ctx.roundRect(
        shape.x,
        shape.y,
        shape.width,
        shape.height,
        shape.kind === 'pill' ? Math.min(shape.height / 2, shape.width / 2) : shape.height / 2,
      );
    }
    ctx.fill();
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const line of layout.lines) {
    ctx.font = fontShorthand(line.size, line.family);
    ctx.direction = line.rtl ? 'rtl' : 'ltr';
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, line.centerX, line.centerY);
  }
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
  const { width, height } = frame;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const angle = ((150 + sceneIndex * 35) * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const reach = Math.hypot(width, height) / 2;
  const gradient = ctx.createLinearGradient(
    cx - Math.cos(angle) * reach,
    cy - Math.sin(angle) * reach,
    cx + Math.cos(angle) * reach,
    cy + Math.sin(angle) * reach,
  );
  const stops = palette.background.length > 0 ? palette.background : [palette.primary];
  stops.forEach((color, i) => gradient.addColorStop(stops.length === 1 ? 0 : i / (stops.length - 1), color));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);

  const unit = Math.min(width, height);
  glow(ctx, palette.primary, width * (sceneIndex % 2 === 0 ? 0.15 : 0.85), height * 0.2, unit * 0.75, 0.28);
  glow(ctx, palette.accent, width * (sceneIndex % 2 === 0 ? 0.9 : 0.1), height * 0.85, unit * 0.65, 0.22);

  const vignette = ctx.createRadialGradient(cx, cy, unit * 0.35, cx, cy, reach);
  vignette.addColorStop(0, 'rgba(0, 0, 0, 0)');
  vignette.addColorStop(1, 'rgba(0, 0, 0, 0.28)');
  ctx.fillStyle = vignette;
  ctx.fillRect(0, 0, width, height);
  return writeRaw(canvas, path);
}

/** The code that draws gradient backgrounds, so a cache of them can tell when the look changed. */
export function gradientDrawingSource(): string {
  return [writeGradientBackground, glow, withAlpha].map((f) => f.toString()).join('\n');
}

/** Writes the canvas as raw RGBA (straight alpha), which ffmpeg reads with `-f rawvideo`. */
async function writeRaw(canvas: Canvas, path: string): Promise<ImageSource> {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  await writeFile(path, data);
  return { path, raw: { width: canvas.width, height: canvas.height } };
}

function glow(ctx: SKRSContext2D, color: string, x: number, y: number, radius: number, alpha: number): void {
  const g = ctx.createRadialGradient(x, y, 0, x, y, radius);
  g.addColorStop(0, withAlpha(color, alpha));
  g.addColorStop(1, withAlpha(color, 0));
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
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
  const image = await loadImage(imagePath);
  const canvas = createCanvas(frame.width, frame.height);
  const ctx = canvas.getContext('2d');
  const scale = Math.max(frame.width / image.width, frame.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.drawImage(image, (frame.width - w) / 2, (frame.height - h) / 2, w, h);
  ctx.fillStyle = withAlpha(palette.background[0] ?? '#000000', 0.45);
  ctx.fillRect(0, 0, frame.width, frame.height);
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
