// Which scenes the FFmpeg render shows at a given frame and how far a transition has run: the
// frame arithmetic of its render plan, shared with the preview so both cut and blend on the same
// frames.
import type { TransitionKind } from '../channel.js';
import type { VideoTimeline } from '../timeline/video-timeline.js';

/** One scene in whole frames. */
export interface SceneFrameSpan {
  readonly startFrame: number;
  readonly frameCount: number;
  /** Frames at the start of this scene during which the previous one blends into it. */
  readonly headFrames: number;
  /** The transition drawn over the head frames (`cut` when there are none). */
  readonly transition: TransitionKind;
}

/**
 * Scene boundaries rounded to frames once, so the parts add up to exactly round(duration × fps)
 * frames. A transition never takes more than half of the scene it leads into, so every scene is
 * seen on its own.
 */
export function sceneFrameSpans(timeline: Pick<VideoTimeline, 'scenes' | 'durationSeconds' | 'fps'>): {
  readonly totalFrames: number;
  readonly spans: readonly SceneFrameSpan[];
} {
  const { fps } = timeline;
  if (!(fps > 0)) throw new Error(`timeline.fps must be positive, got ${fps}`);
  const totalFrames = Math.round(timeline.durationSeconds * fps);
  const boundaries = timeline.scenes.map((scene, i) => (i === 0 ? 0 : Math.round(scene.startSeconds * fps)));
  boundaries.push(totalFrames);
  const spans = timeline.scenes.map((scene, i): SceneFrameSpan => {
    const frameCount = boundaries[i + 1]! - boundaries[i]!;
    if (frameCount < 1) {
      throw new Error(`timeline.scenes[${i}] is shorter than one frame (start ${scene.startSeconds} s)`);
    }
    const kind = i === 0 ? undefined : scene.transitionIn?.kind;
    const headFrames =
      kind === undefined || kind === 'cut'
        ? 0
        : Math.max(
            0,
            Math.min(Math.round(scene.transitionIn!.durationSeconds * fps), Math.floor(frameCount / 2)),
          );
    return {
      startFrame: boundaries[i]!,
      frameCount,
      headFrames,
      transition: headFrames > 0 ? kind! : 'cut',
    };
  });
  return { totalFrames, spans };
}

/** What one output frame shows. */
export interface FrameContent {
  /** Position of the scene on top (the incoming one during a transition). */
  readonly position: number;
  /** Frames since that scene started. */
  readonly localFrame: number;
  /** During a transition: the scene underneath (still playing past its end) and the progress. */
  readonly transition?: {
    readonly kind: TransitionKind;
    readonly previousPosition: number;
    readonly previousLocalFrame: number;
    /** The transition's frame counter (0-based) and its length. */
    readonly frame: number;
    readonly frames: number;
  };
}

export function frameContentAt(spans: readonly SceneFrameSpan[], frame: number): FrameContent | undefined {
  if (spans.length === 0) return undefined;
  const last = spans.length - 1;
  const end = spans[last]!.startFrame + spans[last]!.frameCount;
  const f = Math.min(Math.max(0, Math.floor(frame)), end - 1);
  let position = spans.findIndex((s) => f < s.startFrame + s.frameCount);
  if (position < 0) position = last;
  const span = spans[position]!;
  const localFrame = f - span.startFrame;
  if (localFrame >= span.headFrames || position === 0) return { position, localFrame };
  const previous = spans[position - 1]!;
  return {
    position,
    localFrame,
    transition: {
      kind: span.transition,
      previousPosition: position - 1,
      previousLocalFrame: previous.frameCount + localFrame,
      frame: localFrame,
      frames: span.headFrames,
    },
  };
}

/** The renderer's eased transition progress at frame `n` of `frames` (its `easedProgress`). */
export function easedTransitionProgress(n: number, frames: number): number {
  return 1 - (1 - Math.min((n + 1) / frames, 1)) ** 3;
}

/** The alpha of ffmpeg's `fade=t=in:s=0:n=frames` at frame `n`. */
export function fadeInAlpha(n: number, frames: number): number {
  return Math.min(Math.max(n / frames, 0), 1);
}
