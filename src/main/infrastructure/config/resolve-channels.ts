import type { ChannelDefinition } from '#core/channel.js';
import { ConfigError } from '#core/errors.js';
import { BUILTIN_CHANNELS, NEUTRAL_CHANNEL_BASE } from '#core/channels/builtin-channels.js';
import { customChannelBase, mergeChannel, type ChannelOverride } from '../channels/merge-channel.js';
import type { ChannelConfig } from './config-schema.js';

/** Lower-case so a script's "Fire" and the config's "fire" are the same channel. */
export const CHANNEL_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * The channels of the app: the built-ins with their config overrides applied, plus channels that
 * exist only in config. A new channel must give at least its background or its default template;
 * the rest comes from a neutral base.
 */
export function resolveChannels(
  configured: Readonly<Record<string, ChannelConfig>> = {},
  file: string,
): Record<string, ChannelDefinition> {
  const channels: Record<string, ChannelDefinition> = { ...BUILTIN_CHANNELS };
  for (const [id, entry] of Object.entries(configured)) {
    if (!CHANNEL_ID_PATTERN.test(id)) {
      throw new ConfigError(
        `channels.${id}`,
        `channel ids use lower-case letters, digits, "-" and "_", starting with a letter or digit, in ${file}`,
      );
    }
    const base = channels[id] ?? customBase(id, entry, file);
    const channel = withTemplate(withNarration(mergeChannel(base, toOverride(entry)), entry), entry);
    checkRanges(channel, entry, file);
    channels[id] = channel;
  }
  return channels;
}

function customBase(id: string, entry: ChannelConfig, file: string): ChannelDefinition {
  const background = entry.palette?.background;
  // The template gives the look; the neutral background only shows if it is ever left out.
  if (!background && entry.template !== undefined) {
    return customChannelBase(id, NEUTRAL_CHANNEL_BASE.style.palette.background);
  }
  if (!background) {
    throw new ConfigError(
      `channels.${id}.palette.background`,
      `"${id}" is not a built-in channel, so it needs at least its background colours ("#rrggbb" or a list) or a "template", in ${file}`,
    );
  }
  return customChannelBase(id, background);
}

function toOverride(entry: ChannelConfig): ChannelOverride {
  const { palette, rules } = entry;
  return {
    name: entry.name,
    theme: entry.theme,
    palette: palette && {
      background: palette.background,
      primary: palette.primary,
      accent: palette.accent,
      text: palette.text,
      textShadow: palette.text_shadow,
    },
    fonts: entry.fonts,
    animation: entry.animation,
    wordsPerMinute: entry.words_per_minute,
    transition: entry.transition,
    transitionSeconds: entry.transition_seconds,
    rules: rules && {
      maxTotalSeconds: rules.max_total_seconds,
      maxHookChars: rules.max_hook_chars,
      maxPointChars: rules.max_point_chars,
      maxCallToActionChars: rules.max_call_to_action_chars,
      minPoints: rules.min_points,
      maxPoints: rules.max_points,
      minSceneSeconds: rules.min_scene_seconds,
      maxSceneSeconds: rules.max_scene_seconds,
    },
  };
}

/** The channel's default voice and speaking rate, when its config entry gives them. */
function withNarration(channel: ChannelDefinition, entry: ChannelConfig): ChannelDefinition {
  if (entry.voice === undefined && entry.speaking_rate === undefined) return channel;
  return {
    ...channel,
    narration: {
      ...channel.narration,
      ...(entry.voice !== undefined ? { voice: entry.voice } : {}),
      ...(entry.speaking_rate !== undefined ? { rate: entry.speaking_rate } : {}),
    },
  };
}

/** The channel's default template, when its config entry names one (checked when a script renders). */
function withTemplate(channel: ChannelDefinition, entry: ChannelConfig): ChannelDefinition {
  return entry.template === undefined ? channel : { ...channel, defaultTemplate: entry.template };
}

/** Minimums above maximums, after merging; blames the setting the config file gave. */
function checkRanges(channel: ChannelDefinition, entry: ChannelConfig, file: string): void {
  const { rules } = channel;
  const prefix = `channels.${channel.id}.rules`;
  if (rules.minPoints > rules.maxPoints) {
    const key = entry.rules?.max_points !== undefined ? 'max_points' : 'min_points';
    throw new ConfigError(
      `${prefix}.${key}`,
      `min_points (${rules.minPoints}) is above max_points (${rules.maxPoints}), in ${file}`,
    );
  }
  if (rules.minSceneSeconds > rules.maxSceneSeconds) {
    const key = entry.rules?.max_scene_seconds !== undefined ? 'max_scene_seconds' : 'min_scene_seconds';
    throw new ConfigError(
      `${prefix}.${key}`,
      `min_scene_seconds (${rules.minSceneSeconds}) is above max_scene_seconds (${rules.maxSceneSeconds}), in ${file}`,
    );
  }
}
