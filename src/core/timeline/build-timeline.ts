import type { ChannelDefinition } from '../channel.js';
import type { VideoScript } from '../script.js';
import type { SceneRole, SceneTransition, VideoScene, VideoTimeline } from './video-timeline.js';
import {
  readingSeconds,
  sceneBounds,
  usableVoiceOverSeconds,
  VOICE_OVER_TAIL_SECONDS,
  type SceneBounds,
} from './estimate-scene-seconds.js';
import { assertValidFps, framesAtLeast, framesAtMost, framesToSeconds } from './frames.js';

export const DEFAULT_FPS = 30;

export interface BuildTimelineOptions {
  readonly fps?: number;
  /** Replaces the channel's minimum scene length (e.g. quick drafts). */
  readonly minSceneSecondsOverride?: number;
  /** Replaces the channel's maximum scene length. */
  readonly maxSceneSecondsOverride?: number;
  /** Measured voice-over lengths, laid out like `script.media.voiceOvers`. */
  readonly voiceOverSeconds?: {
    readonly hook?: number;
    readonly mainPoints?: readonly (number | undefined)[];
    readonly callToAction?: number;
  };
}

interface PlannedScene {
  readonly role: SceneRole;
  readonly pointNumber?: number;
  readonly text: string;
  readonly voiceOverPath?: string;
  readonly voiceOverSeconds?: number;
}

/**
 * Lays a script out as channel-styled scenes: the hook, one scene per main point, then the call to
 * action. All arithmetic is in whole frames, so every start and duration is exactly frames / fps
 * and the scenes tile the timeline with no gap or overlap. Pure: no I/O.
 */
export function buildTimeline(
  script: VideoScript,
  channel: ChannelDefinition,
  options: BuildTimelineOptions = {},
): VideoTimeline {
  const fps = options.fps ?? DEFAULT_FPS;
  assertValidFps(fps);
  const bounds = sceneBounds(channel, {
    minSceneSeconds: options.minSceneSecondsOverride,
    maxSceneSeconds: options.maxSceneSecondsOverride,
  });

  const planned = planScenes(script, options.voiceOverSeconds);
  const frameCounts = planned.map((scene) => sceneFrames(scene, channel.style.wordsPerMinute, bounds, fps));

  let startFrame = 0;
  const scenes = planned.map((scene, index): VideoScene => {
    const frames = frameCounts[index]!;
    const transitionIn =
      index === 0 ? undefined : transitionBetween(frameCounts[index - 1]!, frames, channel, fps);
    const built: VideoScene = {
      index,
      role: scene.role,
      ...(scene.pointNumber !== undefined ? { pointNumber: scene.pointNumber } : {}),
      text: scene.text,
      startSeconds: framesToSeconds(startFrame, fps),
      durationSeconds: framesToSeconds(frames, fps),
      ...(transitionIn ? { transitionIn } : {}),
      ...(scene.voiceOverPath !== undefined ? { voiceOverPath: scene.voiceOverPath } : {}),
    };
    startFrame += frames;
    return built;
  });

  // The script's (or its variant's) music wins; a template's is the default.
  const musicPath = script.media?.music ?? channel.style.musicPath;
  return {
    channel: channel.id,
    topic: script.topic,
    style: channel.style,
    scenes,
    durationSeconds: framesToSeconds(startFrame, fps),
    fps,
    ...(musicPath !== undefined ? { musicPath } : {}),
  };
}

function planScenes(
  script: VideoScript,
  voiceOverSeconds: BuildTimelineOptions['voiceOverSeconds'] = {},
): PlannedScene[] {
  const voiceOvers = script.media?.voiceOvers;
  return [
    withVoiceOver({ role: 'hook', text: script.hook }, voiceOvers?.hook, voiceOverSeconds.hook),
    ...script.mainPoints.map((text, i) =>
      withVoiceOver(
        { role: 'point', pointNumber: i + 1, text },
        voiceOvers?.mainPoints?.[i],
        voiceOverSeconds.mainPoints?.[i],
      ),
    ),
    withVoiceOver(
      { role: 'cta', text: script.callToAction },
      voiceOvers?.callToAction,
      voiceOverSeconds.callToAction,
    ),
  ];
}

function withVoiceOver(
  scene: PlannedScene,
  path: string | undefined,
  seconds: number | undefined,
): PlannedScene {
  return {
    ...scene,
    ...(path !== undefined ? { voiceOverPath: path } : {}),
    ...(seconds !== undefined ? { voiceOverSeconds: seconds } : {}),
  };
}

/** Reading time in frames, kept inside the scene bounds, stretched to fit the voice-over. */
function sceneFrames(scene: PlannedScene, wordsPerMinute: number, bounds: SceneBounds, fps: number): number {
  const minFrames = Math.max(1, framesAtLeast(bounds.minSceneSeconds, fps));
  // When no whole frame fits between the bounds, the minimum wins: a scene must be readable.
  const maxFrames = Math.max(minFrames, framesAtMost(bounds.maxSceneSeconds, fps));
  const readingFrames = Math.round(readingSeconds(scene.text, wordsPerMinute) * fps);
  const frames = Math.min(maxFrames, Math.max(minFrames, readingFrames));
  const voiceOver = usableVoiceOverSeconds(scene.voiceOverSeconds);
  return voiceOver === undefined
    ? frames
    : Math.max(frames, framesAtLeast(voiceOver + VOICE_OVER_TAIL_SECONDS, fps));
}

/** The channel's transition, never longer than half of either neighbouring scene. */
function transitionBetween(
  previousFrames: number,
  frames: number,
  channel: ChannelDefinition,
  fps: number,
): SceneTransition {
  const { transition, transitionSeconds } = channel.style;
  const wanted = transition === 'cut' ? 0 : framesAtMost(transitionSeconds, fps);
  const transitionFrames = Math.max(0, Math.min(wanted, Math.floor(Math.min(previousFrames, frames) / 2)));
  // A zero-length crossfade is a cut; saying so spares every renderer the special case.
  if (transitionFrames === 0) return { kind: 'cut', durationSeconds: 0 };
  return { kind: transition, durationSeconds: framesToSeconds(transitionFrames, fps) };
}
