// How the FFmpeg renderer paints a scene's background and text layer, written against the 2D
// canvas API that both @napi-rs/canvas (the render) and the browser (the preview) implement, so
// the preview paints with the very same calls and cannot drift from the render.
import type { ChannelPalette } from '../channel.js';
import type { FrameSize } from '../video-quality.js';
import { withAlpha } from './colors.js';
import { fontShorthand } from './font-shorthand.js';
import type { TextLayout } from './text-layout.js';

export interface GradientLike {
  addColorStop(offset: number, color: string): void;
}

/** The part of CanvasRenderingContext2D the drawings use (node canvas and the DOM both fit). */
export interface Canvas2D {
  fillStyle: unknown;
  font: string;
  textAlign: string;
  textBaseline: string;
  direction: string;
  shadowColor: string;
  shadowBlur: number;
  shadowOffsetY: number;
  globalAlpha: number;
  beginPath(): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  roundRect(x: number, y: number, width: number, height: number, radius: number): void;
  fill(): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number): void;
  createLinearGradient(x0: number, y0: number, x1: number, y1: number): GradientLike;
  createRadialGradient(x0: number, y0: number, r0: number, x1: number, y1: number, r1: number): GradientLike;
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
}

/** The canvas `font` for a size, family and weight; the preview maps families to the faces it registered. */
export type FontFor = (sizePx: number, family: string, weight: number) => string;

/** Draws a laid-out text layer with its top-left at (0, 0) of `ctx`. Text goes through canvas only. */
export function drawTextLayer(ctx: Canvas2D, layout: TextLayout, fontFor: FontFor = fontShorthand): void {
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
    ctx.font = fontFor(line.size, line.family, line.weight);
    ctx.direction = line.rtl ? 'rtl' : 'ltr';
    ctx.fillStyle = line.color;
    ctx.fillText(line.text, line.centerX, line.centerY);
  }
}

/**
 * The channel background for one scene: a diagonal gradient through the palette's background
 * stops, turned a little per scene so consecutive scenes differ, with two soft glows of the
 * primary and accent colours and a gentle vignette that keeps text readable.
 */
export function drawGradientBackground(
  ctx: Canvas2D,
  palette: ChannelPalette,
  frame: FrameSize,
  sceneIndex: number,
): void {
  const { width, height } = frame;
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
  const glow = (color: string, x: number, y: number, radius: number, alpha: number) => {
    const g = ctx.createRadialGradient(x, y, 0, x, y, radius);
    g.addColorStop(0, withAlpha(color, alpha));
    g.addColorStop(1, withAlpha(color, 0));
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, width, height);
  };
  glow(palette.primary, width * (sceneIndex % 2 === 0 ? 0.15 : 0.85), height * 0.2, unit * 0.75, 0.28);
  glow(palette.accent, width * (sceneIndex % 2 === 0 ? 0.9 : 0.1), height * 0.85, unit * 0.65, 0.22);

  const vignette = ctx.createRadialGradient(cx, cy, unit * 0.35, cx, cy, reach);
  vignette.addColorStop(0, 'rgba(0, 0, 0, 0)');
  vignette.addColorStop(1, 'rgba(0, 0, 0, 0.28)');
  ctx.fillStyle = vignette;
  ctx.fillRect(0, 0, width, height);
}
