import type { AnimationStyle } from '#core/channel.js';
import type { FrameSize } from '#core/video-quality.js';

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

interface MotionShape {
  readonly delay: number;
  readonly duration: number;
  readonly fade: number;
  /** Offsets from the resting position as expressions of the progress `{p}` (0 → 1). */
  readonly dx: (frame: FrameSize) => string;
  readonly dy: (frame: FrameSize) => string;
}

const EASE_OUT_CUBIC = '(1-pow(1-{p},3))';
/** Overshoots a little and settles: the "pop" of a burst. */
const EASE_OUT_BACK = '(1+2.70158*pow({p}-1,3)+1.70158*pow({p}-1,2))';

const SHAPES: Readonly<Record<AnimationStyle, MotionShape>> = {
  // Drifts gently up into place while fading in.
  float: {
    delay: 0.1,
    duration: 0.9,
    fade: 0.7,
    dx: () => '0',
    dy: (f) => `${r(f.height * 0.04)}*(1-${EASE_OUT_CUBIC})`,
  },
  // A damped sideways wave, like a ripple on water.
  ripple: {
    delay: 0.1,
    duration: 0.9,
    fade: 0.5,
    dx: (f) => `${r(f.width * 0.05)}*sin({p}*3*PI)*(1-{p})`,
    dy: () => '0',
  },
  // Rises from lower in the frame, solid and quick.
  rise: {
    delay: 0.05,
    duration: 0.6,
    fade: 0.35,
    dx: () => '0',
    dy: (f) => `${r(f.height * 0.12)}*(1-${EASE_OUT_CUBIC})`,
  },
  // Pops up past its place and springs back.
  burst: {
    delay: 0.05,
    duration: 0.5,
    fade: 0.2,
    dx: () => '0',
    dy: (f) => `${r(f.height * 0.08)}*(1-${EASE_OUT_BACK})`,
  },
};

export function entranceMotion(
  style: AnimationStyle,
  frame: FrameSize,
  rest: { x: number; y: number },
): EntranceMotion {
  const shape = SHAPES[style];
  const progress = `min(max((t-${shape.delay})/${shape.duration},0),1)`;
  const position = (base: number, offset: string) =>
    offset === '0' ? String(base) : `${base}+${offset.replaceAll('{p}', progress)}`;
  return {
    endSeconds: shape.delay + Math.max(shape.duration, shape.fade),
    fade: { startSeconds: shape.delay, durationSeconds: shape.fade },
    x: position(rest.x, shape.dx(frame)),
    y: position(rest.y, shape.dy(frame)),
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
