import type { AnimationStyle } from '../channel.js';
import type { FrameSize } from '../video-quality.js';

/**
 * How a scene's text arrives: ffmpeg expressions of `t` (seconds since the scene started) for
 * the overlay position, and an alpha fade-in. After `endSeconds` the text rests at its final
 * position, so the renderer can draw the rest of the scene as one still frame.
 * Expressions contain only numbers and operators — never script text.
 */
export interface EntranceMotion {
  readonly endSeconds: number;
  readonly fade: { readonly startSeconds: number; readonly durationSeconds: number };
  readonly x: string;
  readonly y: string;
}

/** An offset curve of the progress p (0 → 1): as an ffmpeg expression of `{p}` and as a function. */
interface Curve {
  readonly expression: string;
  readonly at: (p: number) => number;
}

const easeOutCubic = (p: number) => 1 - (1 - p) ** 3;
const easeOutBack = (p: number) => 1 + 2.70158 * (p - 1) ** 3 + 1.70158 * (p - 1) ** 2;

/** Starts a full offset away and settles to 0 with an ease-out. */
const SETTLE: Curve = { expression: '(1-(1-pow(1-{p},3)))', at: (p) => 1 - easeOutCubic(p) };
/** Overshoots a little and settles: the "pop" of a burst. */
const SETTLE_BACK: Curve = {
  expression: '(1-(1+2.70158*pow({p}-1,3)+1.70158*pow({p}-1,2)))',
  at: (p) => 1 - easeOutBack(p),
};
/** A damped wave. */
const WAVE: Curve = { expression: 'sin({p}*3*PI)*(1-{p})', at: (p) => Math.sin(p * 3 * Math.PI) * (1 - p) };

interface MotionShape {
  readonly delay: number;
  readonly duration: number;
  readonly fade: number;
  /** Which way the text moves, how far (a fraction of the frame's size that way), along which curve. */
  readonly axis: 'x' | 'y';
  readonly amount: number;
  readonly curve: Curve;
}

const SHAPES: Readonly<Record<AnimationStyle, MotionShape>> = {
  // Drifts gently up into place while fading in.
  float: { delay: 0.1, duration: 0.9, fade: 0.7, axis: 'y', amount: 0.04, curve: SETTLE },
  // A damped sideways wave, like a ripple on water.
  ripple: { delay: 0.1, duration: 0.9, fade: 0.5, axis: 'x', amount: 0.05, curve: WAVE },
  // Rises from lower in the frame, solid and quick.
  rise: { delay: 0.05, duration: 0.6, fade: 0.35, axis: 'y', amount: 0.12, curve: SETTLE },
  // Pops up past its place and springs back.
  burst: { delay: 0.05, duration: 0.5, fade: 0.2, axis: 'y', amount: 0.08, curve: SETTLE_BACK },
};

function amplitude(shape: MotionShape, frame: FrameSize): number {
  return r((shape.axis === 'x' ? frame.width : frame.height) * shape.amount);
}

/** Where the text is and how opaque, `t` seconds into its scene: what the ffmpeg expressions draw. */
export interface EntranceState {
  readonly dx: number;
  readonly dy: number;
  readonly alpha: number;
}

export function entranceAt(style: AnimationStyle, frame: FrameSize, t: number): EntranceState {
  const shape = SHAPES[style];
  const p = Math.min(Math.max((t - shape.delay) / shape.duration, 0), 1);
  const offset = amplitude(shape, frame) * shape.curve.at(p);
  // ffmpeg's alpha fade: linear from `delay` over `fade` seconds.
  const alpha = Math.min(Math.max((t - shape.delay) / shape.fade, 0), 1);
  return shape.axis === 'x' ? { dx: offset, dy: 0, alpha } : { dx: 0, dy: offset, alpha };
}

export function entranceMotion(
  style: AnimationStyle,
  frame: FrameSize,
  rest: { x: number; y: number },
): EntranceMotion {
  const shape = SHAPES[style];
  const progress = `min(max((t-${shape.delay})/${shape.duration},0),1)`;
  const offset = `${amplitude(shape, frame)}*${shape.curve.expression.replaceAll('{p}', progress)}`;
  return {
    endSeconds: shape.delay + Math.max(shape.duration, shape.fade),
    fade: { startSeconds: shape.delay, durationSeconds: shape.fade },
    x: shape.axis === 'x' ? `${rest.x}+${offset}` : String(rest.x),
    y: shape.axis === 'y' ? `${rest.y}+${offset}` : String(rest.y),
  };
}

function r(value: number): number {
  return Math.round(value);
}

/** Evaluates a motion expression in JS, for tests and for checking that text stays on screen. */
export function evaluateMotionExpression(expression: string, t: number): number {
  const js = expression.replaceAll('PI', String(Math.PI)).replace(/\b(min|max|pow|sin)\(/g, 'Math.$1(');
  if (!/^[\d\s.+\-*/(),tMathminaxpowsi]*$/.test(js))
    throw new Error(`unexpected motion expression: ${expression}`);
  return Function('t', `return (${js});`)(t) as number;
}
