/**
 * Timeline numbers are seconds, but every one of them is a whole number of frames divided by the
 * fps. Renderers should convert back with `secondsToFrames` rather than `Math.floor`, which would
 * lose a frame to float error (e.g. 61/30 * 30 = 60.99999999999999).
 */

/** Tolerance for float error when a seconds value is meant to sit exactly on a frame. */
const FRAME_EPSILON = 1e-6;

export function secondsToFrames(seconds: number, fps: number): number {
  return Math.round(seconds * fps);
}

/** Fewest whole frames that last at least `seconds`. */
export function framesAtLeast(seconds: number, fps: number): number {
  return Math.ceil(seconds * fps - FRAME_EPSILON);
}

/** Most whole frames that last at most `seconds`. */
export function framesAtMost(seconds: number, fps: number): number {
  return Math.floor(seconds * fps + FRAME_EPSILON);
}

export function framesToSeconds(frames: number, fps: number): number {
  return frames / fps;
}

export function assertValidFps(fps: number): void {
  if (!Number.isFinite(fps) || fps <= 0) {
    throw new RangeError(`fps must be a positive number, got ${fps}`);
  }
}
