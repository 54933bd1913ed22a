// Pure arithmetic of the live preview: which scene is on screen at a time, how far its incoming
// transition is, and the CSS each layer gets. Kept free of React and the DOM so it is tested
// directly and the component stays a thin rAF loop.
import type { AnimationStyle, TransitionKind } from '#core/channel.js';
import type { VideoScene, VideoTimeline } from '#core/timeline/video-timeline.js';

export interface SceneAtTime {
  readonly scene: VideoScene;
  /** Position of the scene in `timeline.scenes`. */
  readonly position: number;
  /** Seconds since the scene started. */
  readonly localSeconds: number;
  /** The scene before, which is still leaving while this one's transition runs. */
  readonly previous?: VideoScene;
}

/**
 * The scene on screen at `t` seconds. Scenes tile the timeline, each owning [start, start + duration);
 * times before 0 clamp to the first scene, times at or after the end to the last one's final instant.
 */
export function sceneAt(
  timeline: Pick<VideoTimeline, 'scenes' | 'durationSeconds'>,
  t: number,
): SceneAtTime | undefined {
  const { scenes } = timeline;
  if (scenes.length === 0) return undefined;
  const time = Math.max(0, Number.isFinite(t) ? t : 0);
  let position = scenes.length - 1;
  for (let i = 0; i < scenes.length; i++) {
    const scene = scenes[i]!;
    if (time < scene.startSeconds + scene.durationSeconds) {
      position = i;
      break;
    }
  }
  const scene = scenes[position]!;
  const localSeconds = Math.min(Math.max(0, time - scene.startSeconds), scene.durationSeconds);
  const previous = position > 0 ? scenes[position - 1] : undefined;
  return previous ? { scene, position, localSeconds, previous } : { scene, position, localSeconds };
}

/**
 * How far the transition into `scene` has run at `localSeconds` into the scene: 0 at its start,
 * 1 once finished. Scenes without a transition (the first one, cuts) are always at 1.
 */
export function transitionProgress(scene: Pick<VideoScene, 'transitionIn'>, localSeconds: number): number {
  const transition = scene.transitionIn;
  if (!transition || transition.kind === 'cut' || transition.durationSeconds <= 0) return 1;
  return clamp01(localSeconds / transition.durationSeconds);
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

export function easeInOutCubic(x: number): number {
  return x < 0.5 ? 4 * x * x * x : 1 - (-2 * x + 2) ** 3 / 2;
}

function easeOutCubic(x: number): number {
  return 1 - (1 - x) ** 3;
}

/** Overshoots a little before settling, for the "burst" entrance. */
function easeOutBack(x: number): number {
  const c1 = 1.70158;
  const c3 = c1 + 1;
  return 1 + c3 * (x - 1) ** 3 + c1 * (x - 1) ** 2;
}

export interface LayerStyle {
  readonly opacity?: number;
  readonly transform?: string;
  readonly clipPath?: string;
}

export interface TransitionLayers {
  readonly incoming: LayerStyle;
  /** Style of the scene leaving; undefined once it is gone (or for a cut). */
  readonly outgoing?: LayerStyle;
}

/** Styles of the incoming and outgoing scene layers for a transition at `progress` (0–1). */
export function transitionLayers(kind: TransitionKind, progress: number): TransitionLayers {
  const p = easeInOutCubic(clamp01(progress));
  if (p >= 1 || kind === 'cut') return { incoming: {} };
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  switch (kind) {
    case 'crossfade':
      return { incoming: { opacity: p }, outgoing: { opacity: 1 - p } };
    case 'slide-up':
      return {
        incoming: { transform: `translateY(${pct(1 - p)})` },
        outgoing: { transform: `translateY(${pct(-p)})` },
      };
    case 'slide-left':
      return {
        incoming: { transform: `translateX(${pct(1 - p)})` },
        outgoing: { transform: `translateX(${pct(-p)})` },
      };
    case 'wipe':
      return { incoming: { clipPath: `inset(0 ${pct(1 - p)} 0 0)` }, outgoing: {} };
    case 'zoom':
      return {
        incoming: { opacity: p, transform: `scale(${(0.6 + 0.4 * p).toFixed(3)})` },
        outgoing: { opacity: 1 - p, transform: `scale(${(1 + 0.3 * p).toFixed(3)})` },
      };
  }
}

/** Seconds the text takes to arrive after its scene starts. */
export const ENTRANCE_SECONDS = 0.7;

/** The text's entrance in the channel's animation style, `localSeconds` into its scene. */
export function entranceStyle(animation: AnimationStyle, localSeconds: number): LayerStyle {
  const x = clamp01(localSeconds / ENTRANCE_SECONDS);
  switch (animation) {
    case 'float': {
      // Drifts in, then keeps bobbing gently like something airborne.
      const bob = Math.sin(localSeconds * 2) * 1.5 * x;
      return {
        opacity: easeOutCubic(x),
        transform: `translateY(${((1 - easeOutCubic(x)) * 12 + bob).toFixed(2)}%)`,
      };
    }
    case 'ripple': {
      const wobble = 1 + Math.sin(localSeconds * 6) * 0.02 * (1 - x);
      return {
        opacity: easeOutCubic(x),
        transform: `scale(${((0.9 + 0.1 * easeOutCubic(x)) * wobble).toFixed(4)})`,
      };
    }
    case 'rise':
      return {
        opacity: clamp01(x * 1.5),
        transform: `translateY(${((1 - easeOutCubic(x)) * 40).toFixed(2)}%)`,
      };
    case 'burst':
      return { opacity: clamp01(x * 2), transform: `scale(${(0.4 + 0.6 * easeOutBack(x)).toFixed(4)})` };
  }
}

/** The palette's gradient, its angle swaying slowly so the background feels alive. */
export function backgroundAt(stops: readonly string[], t: number): string {
  const colours = stops.length >= 2 ? stops : [stops[0] ?? '#000000', stops[0] ?? '#000000'];
  const angle = 160 + Math.sin((t / 8) * Math.PI * 2) * 25;
  return `linear-gradient(${angle.toFixed(1)}deg, ${colours.join(', ')})`;
}
