import { ConfigError } from '#core/errors.js';

export const RUNWAY_DEFAULT_URL = 'https://api.dev.runwayml.com';
/** Runway asks for no more than one poll every 5 s (https://docs.dev.runwayml.com/guides/using-the-api/). */
export const RUNWAY_DEFAULT_POLL_SECONDS = 6;
export const RUNWAY_DEFAULT_MODEL = 'gen4.5';
/** Default size cap of the clip cache (`providers.runway.clip_cache_mb`). */
export const RUNWAY_DEFAULT_CLIP_CACHE_MB = 2048;

/**
 * Credits per second of output by model, from https://docs.dev.runwayml.com/guides/pricing/
 * (1 credit = $0.01). Overridable with `providers.runway.credits_per_second` (a number, or a
 * map by model) when the price list changes.
 */
export const DEFAULT_CREDITS_PER_SECOND: Readonly<Record<string, number>> = {
  'gen4.5': 12,
  gen4_turbo: 5,
  'veo3.1': 40,
  'veo3.1_fast': 15,
  veo3: 40,
};

/** Durations each model accepts; gen4.5 takes any whole number of seconds from 2 to 10. */
const MODEL_DURATIONS: Readonly<Record<string, readonly number[]>> = {
  'gen4.5': [2, 3, 4, 5, 6, 7, 8, 9, 10],
  gen4_turbo: [5, 10],
  'veo3.1': [4, 6, 8],
  'veo3.1_fast': [4, 6, 8],
  veo3: [8],
};

export const DEFAULT_PROMPT_TEMPLATE =
  'Cinematic background footage for a short vertical video about {topic}. Scene: {text}. ' +
  'Mood: {mood}. Colour palette: {palette}. Slow, smooth camera motion, no text, no letters, no logos.';

/** What `providers.runway` may hold besides the common keys; every key is optional. */
export interface RunwayOptions {
  readonly model: string;
  readonly seed?: number;
  readonly creditsPerSecond: number;
  readonly promptTemplate: string;
  /** Per channel id: prompt template and mood words. */
  readonly channels: Readonly<Record<string, { readonly promptTemplate?: string; readonly mood?: string }>>;
  /** Size cap of the clip cache in bytes; least recently used clips go first. */
  readonly clipCacheBytes: number;
}

/** Reads `providers.runway.*` options; `ConfigError` names the key that is wrong. */
export function readRunwayOptions(options: Readonly<Record<string, unknown>>): RunwayOptions {
  const key = (name: string) => `providers.runway.${name}`;
  const model = options['model'] ?? RUNWAY_DEFAULT_MODEL;
  if (typeof model !== 'string' || !model.trim())
    throw new ConfigError(key('model'), 'must be a model name, e.g. "gen4.5"');
  const seed = options['seed'];
  if (
    seed !== undefined &&
    (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)
  ) {
    throw new ConfigError(key('seed'), 'must be a whole number from 0 to 4294967295');
  }
  const template = options['prompt_template'] ?? DEFAULT_PROMPT_TEMPLATE;
  if (typeof template !== 'string' || !template.includes('{text}')) {
    throw new ConfigError(key('prompt_template'), 'must be text containing {text}');
  }
  const cacheMb = options['clip_cache_mb'] ?? RUNWAY_DEFAULT_CLIP_CACHE_MB;
  if (typeof cacheMb !== 'number' || !Number.isFinite(cacheMb) || cacheMb < 0) {
    throw new ConfigError(key('clip_cache_mb'), 'must be a number of megabytes ≥ 0');
  }
  return {
    model,
    seed: seed as number | undefined,
    clipCacheBytes: Math.round(cacheMb * 1024 * 1024),
    creditsPerSecond: readRate(options['credits_per_second'], model, key('credits_per_second')),
    promptTemplate: template,
    channels: readChannels(options['channels'], key('channels')),
  };
}

function readRate(value: unknown, model: string, key: string): number {
  if (value === undefined) return DEFAULT_CREDITS_PER_SECOND[model] ?? DEFAULT_CREDITS_PER_SECOND['gen4.5']!;
  if (typeof value === 'number' && value >= 0) return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const rate = (value as Record<string, unknown>)[model];
    if (rate === undefined) return DEFAULT_CREDITS_PER_SECOND[model] ?? DEFAULT_CREDITS_PER_SECOND['gen4.5']!;
    if (typeof rate === 'number' && rate >= 0) return rate;
    throw new ConfigError(`${key}.${model}`, 'must be a number ≥ 0');
  }
  throw new ConfigError(key, 'must be a number ≥ 0 or a map of model name to number');
}

function readChannels(value: unknown, key: string): RunwayOptions['channels'] {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ConfigError(key, 'must be an object by channel id');
  const result: Record<string, { promptTemplate?: string; mood?: string }> = {};
  for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
    const e = (entry ?? {}) as Record<string, unknown>;
    const template = e['prompt_template'];
    const mood = e['mood'];
    if (template !== undefined && (typeof template !== 'string' || !template.includes('{text}'))) {
      throw new ConfigError(`${key}.${id}.prompt_template`, 'must be text containing {text}');
    }
    if (mood !== undefined && typeof mood !== 'string')
      throw new ConfigError(`${key}.${id}.mood`, 'must be text');
    result[id] = { promptTemplate: template as string | undefined, mood: mood as string | undefined };
  }
  return result;
}

/** The shortest duration the model accepts that covers `seconds`, else its longest. */
export function clipDurationFor(model: string, seconds: number): number {
  const allowed = MODEL_DURATIONS[model] ?? MODEL_DURATIONS['gen4.5']!;
  const needed = Math.ceil(Math.max(0, seconds) - 1e-6);
  return allowed.find((d) => d >= needed) ?? allowed.at(-1)!;
}
