import { ConfigError } from '#core/errors.js';
import type { SynthesiaScene } from './synthesia-schemas.js';

export const SYNTHESIA_DEFAULT_URL = 'https://api.synthesia.io';
export const SYNTHESIA_DEFAULT_POLL_SECONDS = 10;
/** "Create a video": at most this many scenes in `input`. */
export const SYNTHESIA_MAX_SCENES = 25;

/** A stock avatar and background from https://docs.synthesia.io/reference/avatars. */
export const DEFAULT_AVATAR = 'anna_costume1_cameraA';
export const DEFAULT_BACKGROUND = 'off_white';
export const DEFAULT_AVATAR_SETTINGS: Readonly<Record<string, unknown>> = {
  horizontalAlign: 'center',
  scale: 1,
  style: 'rectangular',
  seamless: false,
};

export interface PresenterLook {
  readonly avatar: string;
  readonly background: string;
  readonly avatarSettings: Readonly<Record<string, unknown>>;
}

export interface SynthesiaOptions {
  /** Test videos are free and watermarked (`test: true`); default true, so nothing costs by surprise. */
  readonly test: boolean;
  readonly minutesPerMinute: number;
  lookFor(channel: string): PresenterLook;
}

/**
 * Reads `providers.synthesia.*`: `test`, `avatar`, `background`, `avatar_settings` and per channel
 * `channels.<id>.{avatar, background, avatar_settings}`. `ConfigError` names the wrong key.
 */
export function readSynthesiaOptions(options: Readonly<Record<string, unknown>>): SynthesiaOptions {
  const key = (name: string) => `providers.synthesia.${name}`;
  const test = options['test'] ?? true;
  if (typeof test !== 'boolean') throw new ConfigError(key('test'), 'must be true or false');
  const rate = options['minutes_per_minute'] ?? 1;
  if (typeof rate !== 'number' || rate < 0)
    throw new ConfigError(key('minutes_per_minute'), 'must be a number ≥ 0');
  const base = readLook(options, key(''), {
    avatar: DEFAULT_AVATAR,
    background: DEFAULT_BACKGROUND,
    avatarSettings: DEFAULT_AVATAR_SETTINGS,
  });
  const channels = options['channels'] ?? {};
  if (typeof channels !== 'object' || channels === null || Array.isArray(channels)) {
    throw new ConfigError(key('channels'), 'must be an object by channel id');
  }
  const perChannel = new Map<string, PresenterLook>();
  for (const [id, entry] of Object.entries(channels as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object')
      throw new ConfigError(key(`channels.${id}`), 'must be an object');
    perChannel.set(id, readLook(entry as Record<string, unknown>, key(`channels.${id}.`), base));
  }
  return { test, minutesPerMinute: rate, lookFor: (channel) => perChannel.get(channel) ?? base };
}

/** Minutes Synthesia bills for a video this long (to the hundredth); test videos are free. */
export function billedMinutes(
  seconds: number,
  options: Pick<SynthesiaOptions, 'test' | 'minutesPerMinute'>,
): number {
  return options.test ? 0 : Math.round((seconds / 60) * options.minutesPerMinute * 100) / 100;
}

function readLook(source: Record<string, unknown>, prefix: string, fallback: PresenterLook): PresenterLook {
  const text = (name: string, value: unknown, otherwise: string): string => {
    if (value === undefined) return otherwise;
    if (typeof value !== 'string' || !value.trim())
      throw new ConfigError(`${prefix}${name}`.replace('..', '.'), 'must be a non-empty text');
    return value.trim();
  };
  const settings = source['avatar_settings'];
  if (
    settings !== undefined &&
    (typeof settings !== 'object' || settings === null || Array.isArray(settings))
  ) {
    throw new ConfigError(
      `${prefix}avatar_settings`,
      'must be an object, e.g. { "horizontalAlign": "center" }',
    );
  }
  return {
    avatar: text('avatar', source['avatar'], fallback.avatar),
    background: text('background', source['background'], fallback.background),
    avatarSettings: { ...fallback.avatarSettings, ...(settings as Record<string, unknown> | undefined) },
  };
}

export function sceneFor(scriptText: string, look: PresenterLook): SynthesiaScene {
  return {
    scriptText,
    avatar: look.avatar,
    background: look.background,
    avatarSettings: look.avatarSettings,
  };
}
