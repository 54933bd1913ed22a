import type { ChannelStyle, TransitionKind } from '#core/channel.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import type { SceneAssets } from '../../src/main/infrastructure/providers/ffmpeg/render-plan.js';

/** Small timelines and fake scene images for the pure planner and filter-graph tests. */

const style: ChannelStyle = {
  palette: {
    background: ['#000000', '#ffffff'],
    primary: '#ff0000',
    accent: '#00ff00',
    text: '#ffffff',
    textShadow: '#000000',
  },
  fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
  animation: 'rise',
  wordsPerMinute: 160,
  transition: 'crossfade',
  transitionSeconds: 0.5,
};

/** Scenes of the given durations back to back, every one after the first led in by `kind`. */
export function timelineOf(
  durations: number[],
  kind: TransitionKind = 'crossfade',
  transitionSeconds = 0.5,
): VideoTimeline {
  let start = 0;
  const scenes = durations.map((durationSeconds, index) => {
    const scene = {
      index,
      role:
        index === 0
          ? ('hook' as const)
          : index === durations.length - 1
            ? ('cta' as const)
            : ('point' as const),
      text: `scene ${index}`,
      startSeconds: start,
      durationSeconds,
      transitionIn: index === 0 ? undefined : { kind, durationSeconds: transitionSeconds },
    };
    start += durationSeconds;
    return scene;
  });
  return { channel: 'test', topic: 't', style, scenes, durationSeconds: start, fps: 30 };
}

/** Image paths that are never opened: the pure code only places them. */
export function assetsFor(timeline: VideoTimeline): SceneAssets[] {
  return timeline.scenes.map((_, i) => ({
    background: { path: `/tmp/bg-${i}.rgba`, raw: { width: 540, height: 960 } },
    text: { path: `/tmp/text-${i}.png`, x: 40, y: 300, width: 460, height: 200 },
  }));
}
