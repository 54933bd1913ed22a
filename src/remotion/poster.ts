import { secondsToFrames } from '#core/timeline/frames.js';
import type { ReelforgeVideoProps } from './props.js';

/**
 * File name under which the composition hands its poster frame to the renderer (a Remotion
 * thumbnail artifact): the frame already captured for the video, so no second render is needed.
 */
export const POSTER_ARTIFACT = 'poster.jpeg';

/** Frames the hook's text needs to arrive (the composition's ENTRANCE_FRAMES plus settling). */
const HOOK_SETTLED_FRAMES = 30;

/**
 * The frame used as the video's poster: inside the hook, after its text has arrived and most of
 * its words are lit, but before the transition to the first point begins.
 */
export function posterFrameFor(props: ReelforgeVideoProps): number {
  const hook = props.timeline.scenes[0]!;
  const hookFrames = secondsToFrames(hook.durationSeconds, props.timeline.fps);
  return Math.max(0, Math.min(hookFrames - 1, Math.max(HOOK_SETTLED_FRAMES, Math.round(hookFrames * 0.7))));
}
