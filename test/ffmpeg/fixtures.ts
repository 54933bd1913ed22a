import type { ChannelStyle, TransitionKind } from '#core/channel.js';
import type { ProviderSettings } from '#core/config.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { VideoScene, VideoTimeline } from '#core/timeline/video-timeline.js';
import type { VideoQuality } from '#core/video-quality.js';
import { BUILTIN_CHANNELS, type BuiltinChannelId } from '#core/channels/builtin-channels.js';

/** The built-in channels' looks (air, water, earth and fire), straight from the shipped data. */
export const CHANNEL_STYLES: Readonly<Record<BuiltinChannelId, ChannelStyle>> = {
  air: BUILTIN_CHANNELS.air.style,
  water: BUILTIN_CHANNELS.water.style,
  earth: BUILTIN_CHANNELS.earth.style,
  fire: BUILTIN_CHANNELS.fire.style,
};

export type ChannelId = BuiltinChannelId;

export interface TimelineSpec {
  readonly channel: ChannelId;
  readonly hook: string;
  readonly points: readonly string[];
  readonly cta: string;
  /** Seconds per scene (all scenes the same length). */
  readonly sceneSeconds: number;
  readonly transition?: TransitionKind;
  readonly transitionSeconds?: number;
  readonly musicPath?: string;
  readonly voiceOvers?: readonly (string | undefined)[];
}

/** A timeline as the timeline builder would make it: scenes tile the video, transitions lead in. */
export function makeTimeline(spec: TimelineSpec): VideoTimeline {
  const style = CHANNEL_STYLES[spec.channel];
  const texts: { role: VideoScene['role']; text: string; pointNumber?: number }[] = [
    { role: 'hook', text: spec.hook },
    ...spec.points.map((text, i) => ({ role: 'point' as const, text, pointNumber: i + 1 })),
    { role: 'cta', text: spec.cta },
  ];
  const transition = spec.transition ?? style.transition;
  const transitionSeconds = spec.transitionSeconds ?? style.transitionSeconds;
  const scenes: VideoScene[] = texts.map((t, index) => ({
    index,
    role: t.role,
    pointNumber: t.pointNumber,
    text: t.text,
    startSeconds: index * spec.sceneSeconds,
    durationSeconds: spec.sceneSeconds,
    transitionIn: index === 0 ? undefined : { kind: transition, durationSeconds: transitionSeconds },
    voiceOverPath: spec.voiceOvers?.[index],
  }));
  return {
    channel: spec.channel,
    topic: 'test topic',
    style,
    scenes,
    durationSeconds: scenes.length * spec.sceneSeconds,
    fps: 30,
    musicPath: spec.musicPath,
  };
}

export function makeRequest(
  timeline: VideoTimeline,
  outputDir: string,
  outputBaseName: string,
  quality: VideoQuality = 'draft',
): VideoGenerationRequest {
  return {
    jobId: outputBaseName,
    script: {
      channel: timeline.channel,
      topic: timeline.topic,
      hook: timeline.scenes[0]!.text,
      mainPoints: timeline.scenes.filter((s) => s.role === 'point').map((s) => s.text),
      callToAction: timeline.scenes.at(-1)!.text,
      source: { format: 'json', name: '<test>' },
    },
    timeline,
    quality,
    aspectRatio: '9:16',
    outputDir,
    outputBaseName,
    requiredCapabilities: [],
  };
}

export function ffmpegSettings(overrides: Partial<ProviderSettings> = {}): ProviderSettings {
  return { enabled: true, maxConcurrent: 1, timeoutSeconds: 120, options: {}, ...overrides };
}
