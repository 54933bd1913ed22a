import type { ChannelStyle, TransitionKind } from '#core/channel.js';
import type { ProviderSettings } from '#core/config.js';
import type { VideoGenerationRequest } from '#core/request.js';
import type { VideoScene, VideoTimeline } from '#core/timeline.js';
import type { VideoQuality } from '#core/video-quality.js';

/** Channel looks like the four built-in channels: air, water, earth and fire. */
export const CHANNEL_STYLES: Readonly<Record<'air' | 'water' | 'earth' | 'fire', ChannelStyle>> = {
  air: {
    palette: {
      background: ['#e3f2fd', '#90caf9', '#64b5f6'],
      primary: '#1e88e5',
      accent: '#0d47a1',
      text: '#0b2545',
      textShadow: '#ffffff',
    },
    fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
    animation: 'float',
    wordsPerMinute: 150,
    transition: 'crossfade',
    transitionSeconds: 0.5,
  },
  water: {
    palette: {
      background: ['#01295f', '#014f86', '#2a9d8f'],
      primary: '#00b4d8',
      accent: '#48cae4',
      text: '#ffffff',
      textShadow: '#001219',
    },
    fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
    animation: 'ripple',
    wordsPerMinute: 160,
    transition: 'slide-up',
    transitionSeconds: 0.5,
  },
  earth: {
    palette: {
      background: ['#283618', '#606c38', '#7f5539'],
      primary: '#a7c957',
      accent: '#dda15e',
      text: '#fefae0',
      textShadow: '#1b1b0f',
    },
    fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
    animation: 'rise',
    wordsPerMinute: 150,
    transition: 'wipe',
    transitionSeconds: 0.5,
  },
  fire: {
    palette: {
      background: ['#6a040f', '#d00000', '#f48c06'],
      primary: '#ffba08',
      accent: '#ffba08',
      text: '#ffffff',
      textShadow: '#370617',
    },
    fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
    animation: 'burst',
    wordsPerMinute: 175,
    transition: 'zoom',
    transitionSeconds: 0.4,
  },
};

export type ChannelId = keyof typeof CHANNEL_STYLES;

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
