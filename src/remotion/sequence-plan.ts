import type { TransitionKind } from '#core/channel.js';
import { secondsToFrames } from '#core/timeline/frames.js';

/** The part of a scene the sequence plan needs; the composition props' scenes fit it. */
export interface PlannableScene {
  readonly index: number;
  readonly startSeconds: number;
  readonly durationSeconds: number;
  readonly transitionIn?: { readonly kind: TransitionKind; readonly durationSeconds: number };
}

export interface PlannedTransition {
  readonly kind: Exclude<TransitionKind, 'cut'>;
  readonly frames: number;
}

export interface PlannedSequence {
  readonly sceneIndex: number;
  /** First frame of the scene on the timeline (where its incoming transition starts). */
  readonly fromFrame: number;
  /** The scene's own frames on the timeline. */
  readonly sceneFrames: number;
  /** Length of the TransitionSeries.Sequence: the scene plus the transition out of it. */
  readonly durationInFrames: number;
  /** The transition into the next scene, placed after this sequence; undefined for a cut. */
  readonly transitionOut?: PlannedTransition;
}

/**
 * Lays scenes out for `<TransitionSeries>`. A transition there overlaps the end of one sequence
 * with the start of the next, shortening the total by its length. The timeline says a scene's
 * transition runs during the FIRST frames of that scene, so each sequence is lengthened by the
 * transition that follows it: the next sequence then starts exactly at its scene's start, and the
 * total stays the timeline's frame count.
 */
export function planSequences(scenes: readonly PlannableScene[], fps: number): PlannedSequence[] {
  return scenes.map((scene, i) => {
    const next = scenes[i + 1];
    const sceneFrames = secondsToFrames(scene.durationSeconds, fps);
    const transitionOut = next ? transitionFrames(next, sceneFrames, fps) : undefined;
    return {
      sceneIndex: scene.index,
      fromFrame: secondsToFrames(scene.startSeconds, fps),
      sceneFrames,
      durationInFrames: sceneFrames + (transitionOut?.frames ?? 0),
      ...(transitionOut ? { transitionOut } : {}),
    };
  });
}

/** Total frames a plan plays for: sequences minus the overlaps of the transitions between them. */
export function plannedTotalFrames(plan: readonly PlannedSequence[]): number {
  return plan.reduce((sum, s) => sum + s.durationInFrames - (s.transitionOut?.frames ?? 0), 0);
}

function transitionFrames(
  next: PlannableScene,
  previousFrames: number,
  fps: number,
): PlannedTransition | undefined {
  const transition = next.transitionIn;
  if (!transition || transition.kind === 'cut') return undefined;
  const nextFrames = secondsToFrames(next.durationSeconds, fps);
  // TransitionSeries rejects a transition longer than either neighbour; the timeline already keeps
  // it within half of each, so this only guards hand-written props.
  const frames = Math.min(secondsToFrames(transition.durationSeconds, fps), previousFrames, nextFrames);
  return frames > 0 ? { kind: transition.kind, frames } : undefined;
}
