import type { ChannelStyle } from '../channel.js';
import type { PlatformId } from '../platform-presets.js';
import type { VideoScene } from '../timeline/video-timeline.js';
import type { FrameSize } from '../video-quality.js';
import {
  centerFractionFor,
  textAlignFor,
  textWeightFor,
  type TextAlign,
} from '../templates/text-position.js';
import { readableTextOn } from './colors.js';
import { even, safeAreaFor, type Rect } from './safe-zone.js';
import { fitText, type Measure } from './text-wrap.js';

/**
 * One line of text, centred on `centerX`, vertically centred on `centerY` (layer pixels). A left or
 * right aligned line is still drawn centred: its centre is put half its width from the edge.
 */
export interface LaidOutLine {
  readonly text: string;
  readonly centerX: number;
  readonly centerY: number;
  readonly size: number;
  readonly family: string;
  /** CSS font weight (the template's role weight; 700 without one). */
  readonly weight: number;
  readonly color: string;
  readonly rtl: boolean;
}

export interface LaidOutShape {
  readonly kind: 'circle' | 'pill' | 'bar';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
}

/** Everything needed to draw a scene's text layer, and where the layer goes in the frame. */
export interface TextLayout {
  readonly width: number;
  readonly height: number;
  /** Top-left of the layer in the frame (even numbers, for 4:2:0 chroma). */
  readonly frameX: number;
  readonly frameY: number;
  /** The drawn text and shapes in frame coordinates (without shadow padding): inside the safe area. */
  readonly content: Rect;
  readonly shapes: readonly LaidOutShape[];
  readonly lines: readonly LaidOutLine[];
  readonly shadow: { readonly color: string; readonly blur: number; readonly offsetY: number };
  readonly truncated: boolean;
}

/** Measures text at a size in a family and weight (canvas measureText in production). */
export type MeasureAt = (size: number, family: string, weight?: number) => Measure;

const LINE_HEIGHT = 1.22;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/u;

/** A line reads right to left when its first strong character is Hebrew or Arabic. */
export function isRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL.test(ch)) return true;
    if (STRONG_LTR.test(ch)) return false;
  }
  return false;
}

/**
 * Lays out a scene's text by role: the hook large and centred with an accent bar, a point
 * under a numbered badge, the call to action inside a pill. Font sizes shrink until the text
 * fits the `platform`'s safe area, so nothing runs off the frame or under the platform's UI; the
 * block is centred in that area, not in the frame, unless the template aligns the role's text left
 * or right: then the block, its lines and its shapes keep to that edge of the safe area.
 */
export function layoutSceneText(
  scene: VideoScene,
  style: ChannelStyle,
  frame: FrameSize,
  measureAt: MeasureAt,
  platform: PlatformId = 'generic',
): TextLayout {
  const unit = Math.min(frame.width, frame.height);
  const safe = safeAreaFor(frame, platform);
  const { palette, fonts } = style;
  const shadow = {
    color: palette.textShadow,
    blur: Math.max(2, Math.round(unit * 0.014)),
    offsetY: Math.round(unit * 0.004),
  };
  const pad = shadow.blur * 2 + shadow.offsetY;
  const roleLayout = style.layout?.[scene.role];
  const scale = roleLayout ?? { sizeMax: 1, sizeMin: 1 };
  const weight = textWeightFor(roleLayout);
  const align = textAlignFor(roleLayout);
  const fit = (family: string, startSize: number, maxWidth: number, maxHeight: number) =>
    fitText({
      text: scene.text,
      maxWidth,
      maxHeight,
      startSize: Math.round(startSize * scale.sizeMax),
      minSize: Math.round(Math.min(unit * 0.032 * scale.sizeMin, startSize * scale.sizeMax)),
      lineHeight: LINE_HEIGHT,
      measureAt: (size) => measureAt(size, family, weight),
    });

  const shapes: LaidOutShape[] = [];
  const lines: LaidOutLine[] = [];
  let blockWidth: number;
  let blockHeight: number;
  let centerFraction: number;
  let truncated: boolean;

  // Shapes and lines are first laid out in block coordinates (0,0 = top-left of the content).
  // Lines are placed in the column from `left`, `width` wide, by the role's alignment.
  const placeLines = (
    fitted: ReturnType<typeof fit>,
    family: string,
    color: string,
    top: number,
    column: { readonly left: number; readonly width: number },
  ) => {
    const lh = fitted.size * LINE_HEIGHT;
    const measure = measureAt(fitted.size, family, weight);
    fitted.lines.forEach((text, i) =>
      lines.push({
        text,
        centerX: alignedCenter(align, column.left, column.width, Math.min(column.width, measure(text))),
        centerY: top + lh * (i + 0.5),
        size: fitted.size,
        family,
        weight,
        color,
        rtl: isRightToLeft(text),
      }),
    );
    return fitted.lines.length * lh;
  };
  const widest = (fitted: ReturnType<typeof fit>, family: string) =>
    Math.max(...fitted.lines.map((l) => measureAt(fitted.size, family, weight)(l)), 1);

  if (scene.role === 'hook') {
    const barHeight = Math.max(4, Math.round(unit * 0.014));
    const barGap = Math.round(unit * 0.035);
    const fitted = fit(fonts.heading, unit * 0.1, safe.width, safe.height * 0.75 - barHeight - barGap);
    const textWidth = Math.min(safe.width, widest(fitted, fonts.heading));
    const barWidth = Math.min(Math.round(unit * 0.22), textWidth);
    blockWidth = textWidth;
    const textHeight = placeLines(fitted, fonts.heading, palette.text, 0, { left: 0, width: blockWidth });
    shapes.push({
      kind: 'bar',
      x: alignedStart(align, 0, blockWidth, barWidth),
      y: textHeight + barGap,
      width: barWidth,
      height: barHeight,
      color: palette.accent,
    });
    blockHeight = textHeight + barGap + barHeight;
    centerFraction = 0.42;
    truncated = fitted.truncated;
  } else if (scene.role === 'point') {
    const badge = scene.pointNumber !== undefined ? Math.round(unit * 0.15) : 0;
    const gap = badge ? Math.round(unit * 0.045) : 0;
    const fitted = fit(fonts.body, unit * 0.078, safe.width, safe.height * 0.75 - badge - gap);
    const textWidth = Math.min(safe.width, widest(fitted, fonts.body));
    blockWidth = Math.max(textWidth, badge);
    if (badge) {
      shapes.push({
        kind: 'circle',
        x: alignedStart(align, 0, blockWidth, badge),
        y: 0,
        width: badge,
        height: badge,
        color: palette.accent,
      });
      lines.push({
        text: String(scene.pointNumber),
        centerX: alignedStart(align, 0, blockWidth, badge) + badge / 2,
        centerY: badge / 2,
        size: Math.round(badge * 0.52),
        family: fonts.heading,
        // The badge's number is always bold, as before templates (the badge is not text a role sets).
        weight: 700,
        color: readableTextOn(palette.accent, palette.text),
        rtl: false,
      });
    }
    blockHeight =
      badge + gap + placeLines(fitted, fonts.body, palette.text, badge + gap, { left: 0, width: blockWidth });
    centerFraction = 0.48;
    truncated = fitted.truncated;
  } else {
    const padX = Math.round(unit * 0.06);
    const padY = Math.round(unit * 0.035);
    const fitted = fit(fonts.heading, unit * 0.068, safe.width - 2 * padX, safe.height * 0.5 - 2 * padY);
    const textWidth = Math.min(safe.width - 2 * padX, widest(fitted, fonts.heading));
    blockWidth = textWidth + 2 * padX;
    const textHeight = placeLines(fitted, fonts.heading, readableTextOn(palette.accent, palette.text), padY, {
      left: padX,
      width: textWidth,
    });
    blockHeight = textHeight + 2 * padY;
    shapes.push({ kind: 'pill', x: 0, y: 0, width: blockWidth, height: blockHeight, color: palette.accent });
    centerFraction = 0.55;
    truncated = fitted.truncated;
  }

  blockWidth = Math.ceil(blockWidth);
  blockHeight = Math.ceil(blockHeight);
  const contentX = safe.x + Math.round(alignedStart(align, 0, safe.width, blockWidth));
  centerFraction = centerFractionFor(style.layout?.[scene.role].position, centerFraction);
  const wantedY = safe.y + Math.round(safe.height * centerFraction - blockHeight / 2);
  const contentY = Math.min(Math.max(wantedY, safe.y), safe.y + safe.height - blockHeight);
  const frameX = clampEven(contentX - pad, 0, frame.width - (blockWidth + 2 * pad));
  const frameY = clampEven(contentY - pad, 0, frame.height - (blockHeight + 2 * pad));
  const dx = contentX - frameX;
  const dy = contentY - frameY;

  return {
    width: Math.min(frame.width, blockWidth + 2 * pad),
    height: Math.min(frame.height, blockHeight + 2 * pad),
    frameX,
    frameY,
    content: { x: contentX, y: contentY, width: blockWidth, height: blockHeight },
    shapes: shapes.map((s) => ({ ...s, x: s.x + dx, y: s.y + dy })),
    lines: lines.map((l) => ({ ...l, centerX: l.centerX + dx, centerY: l.centerY + dy })),
    shadow,
    truncated,
  };
}

/** Left edge of something `size` wide, aligned in the span from `start`, `span` wide. */
function alignedStart(align: TextAlign, start: number, span: number, size: number): number {
  if (align === 'left') return start;
  if (align === 'right') return start + span - size;
  return start + (span - size) / 2;
}

function alignedCenter(align: TextAlign, start: number, span: number, size: number): number {
  return alignedStart(align, start, span, size) + size / 2;
}

function clampEven(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(even(value), max - (max % 2)));
}
