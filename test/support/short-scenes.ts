import { BUILTIN_CHANNEL_IDS } from '#core/channels/builtin-channels.js';

/**
 * Config (`channels.<id>.rules`) that keeps every built-in channel's scenes between 1.2 and 1.7 s,
 * for tests that look at a render's frames rather than its timing: fewer frames to draw, which
 * counts for Remotion (≈ 90 ms a frame on the 2-core machines). A hook sampled at 60 % of its scene
 * is then past its entrance: 1.0 s for the slowest (float, ripple) once the hook's text needs the
 * longest scene, 0.55 s for fire's burst at the shortest.
 */
export const SHORT_SCENES_CONFIG = scenesConfig(1.2, 1.7);

/** Config (`channels.<id>.rules`) that keeps every built-in channel's scenes between `min` and `max` seconds. */
export function scenesConfig(min: number, max: number) {
  return {
    channels: Object.fromEntries(
      BUILTIN_CHANNEL_IDS.map((id) => [id, { rules: { min_scene_seconds: min, max_scene_seconds: max } }]),
    ),
  };
}
