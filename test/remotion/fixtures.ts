import { buildTimeline } from '#core/timeline/build-timeline.js';
import type { VideoScript } from '#core/script.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { BUILTIN_CHANNELS, type BuiltinChannelId } from '#core/channels/builtin-channels.js';

/** A short script for a channel: a hook, `points` main points and a call to action. */
export function shortScript(
  channel: BuiltinChannelId,
  points = 1,
  media?: VideoScript['media'],
): VideoScript {
  return {
    channel,
    topic: `${channel} test`,
    hook: 'Your thoughts are clouds, not the sky.',
    mainPoints: [
      'Notice one thought.',
      'Name it without judging.',
      'Let it drift past.',
      'Breathe out slowly.',
    ].slice(0, points),
    callToAction: 'Follow for more.',
    ...(media ? { media } : {}),
    source: { format: 'json', name: `${channel}.json` },
  };
}

/**
 * A draft-length timeline: scenes of about a second (0.8 s to `maxSceneSeconds`), so a render
 * takes a few seconds.
 */
export function shortTimeline(
  channel: BuiltinChannelId,
  points = 1,
  media?: VideoScript['media'],
  maxSceneSeconds = 1.2,
): VideoTimeline {
  return buildTimeline(shortScript(channel, points, media), BUILTIN_CHANNELS[channel], {
    minSceneSecondsOverride: 0.8,
    maxSceneSecondsOverride: maxSceneSeconds,
  });
}
