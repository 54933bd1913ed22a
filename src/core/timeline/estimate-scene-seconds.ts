import type { ChannelDefinition } from '../channel.js';
import { countWords } from './count-words.js';

/** Time after the last word so the viewer can take the line in before it changes. */
export const SETTLE_PAD_SECONDS = 0.7;
/** Silence kept after a voice-over ends, so the next transition does not clip its last syllable. */
export const VOICE_OVER_TAIL_SECONDS = 0.3;

export interface SceneBounds {
  readonly minSceneSeconds: number;
  readonly maxSceneSeconds: number;
}

export interface EstimateSceneOptions {
  /** Length of the scene's voice-over; a longer voice-over stretches the scene past the maximum. */
  readonly voiceOverSeconds?: number;
  /** Replaces the channel's bounds (e.g. shorter scenes for quick drafts). */
  readonly bounds?: Partial<SceneBounds>;
}

/** Seconds a reader needs for `text` at `wordsPerMinute`, including the settle pad. */
export function readingSeconds(text: string, wordsPerMinute: number): number {
  return (countWords(text) / wordsPerMinute) * 60 + SETTLE_PAD_SECONDS;
}

/** The channel's scene bounds with any overrides applied. */
export function sceneBounds(channel: ChannelDefinition, overrides: Partial<SceneBounds> = {}): SceneBounds {
  const minSceneSeconds = usableBound(overrides.minSceneSeconds) ?? channel.rules.minSceneSeconds;
  const maxSceneSeconds = Math.max(
    minSceneSeconds,
    usableBound(overrides.maxSceneSeconds) ?? channel.rules.maxSceneSeconds,
  );
  return { minSceneSeconds, maxSceneSeconds };
}

function usableBound(seconds: number | undefined): number | undefined {
  return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** A usable voice-over length, or undefined for missing, negative or non-finite values. */
export function usableVoiceOverSeconds(seconds: number | undefined): number | undefined {
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * How long a scene showing `text` stays on screen, before rounding to frames: the reading time
 * clamped to the channel's scene bounds, stretched to fit a longer voice-over.
 */
export function estimateSceneSeconds(
  text: string,
  channel: ChannelDefinition,
  options: EstimateSceneOptions = {},
): number {
  const { minSceneSeconds, maxSceneSeconds } = sceneBounds(channel, options.bounds);
  const reading = readingSeconds(text, channel.style.wordsPerMinute);
  const clamped = Math.min(maxSceneSeconds, Math.max(minSceneSeconds, reading));
  const voiceOver = usableVoiceOverSeconds(options.voiceOverSeconds);
  return voiceOver === undefined ? clamped : Math.max(clamped, voiceOver + VOICE_OVER_TAIL_SECONDS);
}
