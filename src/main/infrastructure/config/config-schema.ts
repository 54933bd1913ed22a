import { z } from 'zod';
import { ANIMATION_STYLES, TRANSITION_KINDS } from '#core/channel.js';
import { parseVoiceChoice } from '#core/narration/voice-choice.js';
import { ASPECT_RATIOS, VIDEO_QUALITIES } from '#core/video-quality.js';
import { PLATFORM_IDS } from '#core/platform-presets.js';
import { TEMPLATE_ID_PATTERN } from '#core/templates/template-schema.js';
import { webhooksConfigSchema } from '../webhooks/webhook-config-schema.js';
import { deliveryConfigSchema } from '../delivery/s3-config-schema.js';
import { queueConfigSchema } from '../queue/farm-config-schema.js';
import { serverConfigSchema } from './server-config-schema.js';

/**
 * Schema of `<dataDir>/config.json`, in the file's own snake_case. Every section and field is
 * optional; defaults are applied later (build-app-config.ts), so this only says what is allowed.
 * Each field carries one message stating what it expects, whatever the way it is wrong.
 */

const oneOf = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

function wholeNumber(min: number, max?: number) {
  const error = `expected a whole number ${max === undefined ? `≥ ${min}` : `from ${min} to ${max}`}`;
  const schema = z.int({ error }).min(min, { error });
  return max === undefined ? schema : schema.max(max, { error });
}

function number(min: number, max: number, { exclusiveMin = false } = {}) {
  const error = `expected a number ${exclusiveMin ? 'above' : 'from'} ${min}${exclusiveMin ? ' and up to' : ' to'} ${max}`;
  const base = z.number({ error });
  return (exclusiveMin ? base.gt(min, { error }) : base.min(min, { error })).max(max, { error });
}

const text = (what = 'text') =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected ${what}` });

function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `expected one of ${oneOf(values)}` });
}

const colour = z
  .string({ error: 'expected a colour as "#rrggbb"' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'expected a colour as "#rrggbb"' })
  .transform((value) => value.toLowerCase());

/** A gradient: one colour or a list; a single colour becomes a flat two-stop gradient. */
const background = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z
    .array(colour, { error: 'expected a colour or a list of colours as "#rrggbb"' })
    .min(1, { error: 'expected at least one colour' })
    .transform((stops) => (stops.length === 1 ? [stops[0]!, stops[0]!] : stops)),
);

const MAX_SECONDS = 3600;

export const rulesSchema = z.strictObject({
  max_total_seconds: number(0, MAX_SECONDS, { exclusiveMin: true }).optional(),
  max_hook_chars: wholeNumber(1).optional(),
  max_point_chars: wholeNumber(1).optional(),
  max_call_to_action_chars: wholeNumber(1).optional(),
  min_points: wholeNumber(0).optional(),
  max_points: wholeNumber(1).optional(),
  min_scene_seconds: number(0, MAX_SECONDS, { exclusiveMin: true }).optional(),
  max_scene_seconds: number(0, MAX_SECONDS, { exclusiveMin: true }).optional(),
});

/** `"off"` or `"<provider>[:<voice>]"`, checked like a script's voice. */
function voiceChoice() {
  return z
    .string({ error: 'expected "off" or "<provider>[:<voice>]"' })
    .refine((value) => !('error' in parseVoiceChoice(value)), {
      error: 'expected "off" or "<provider>[:<voice>]", e.g. "espeak-ng:en-us"',
    });
}

export const channelSchema = z.strictObject({
  name: text().optional(),
  theme: text().optional(),
  palette: z
    .strictObject({
      background: background.optional(),
      primary: colour.optional(),
      accent: colour.optional(),
      text: colour.optional(),
      text_shadow: colour.optional(),
    })
    .optional(),
  fonts: z
    .strictObject({
      heading: text('a font family name').optional(),
      body: text('a font family name').optional(),
    })
    .optional(),
  animation: enumOf(ANIMATION_STYLES).optional(),
  words_per_minute: number(30, 600).optional(),
  transition: enumOf(TRANSITION_KINDS).optional(),
  transition_seconds: number(0, 5).optional(),
  rules: rulesSchema.optional(),
  voice: voiceChoice().optional(),
  speaking_rate: number(0.25, 4).optional(),
  /**
   * The default template of the channel's scripts. Only its spelling is checked here: templates
   * live in the data folder and change at run time, so the id is looked up when a script renders.
   */
  template: z
    .string({ error: 'expected a template id' })
    .regex(TEMPLATE_ID_PATTERN, {
      error: 'expected a template id (lower-case letters, digits and dashes, at most 63)',
    })
    .optional(),
});

/** Known provider settings; any other key is kept and handed to the provider as an option. */
export const providerSchema = z.looseObject({
  enabled: z.boolean({ error: 'expected true or false' }).optional(),
  max_concurrent: wholeNumber(1).optional(),
  timeout_seconds: number(0, 86_400, { exclusiveMin: true }).optional(),
  api_key: text('the key as text').optional(),
  api_url: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' }).optional(),
  binary_path: text('a path').optional(),
});

export const globalSchema = z.strictObject({
  default_provider: text('"auto" or a provider id').optional(),
  default_quality: enumOf(VIDEO_QUALITIES).optional(),
  default_aspect_ratio: enumOf(ASPECT_RATIOS).optional(),
  max_concurrent_generations: wholeNumber(1).optional(),
  output_dir: text('a folder path').optional(),
  default_platform: enumOf(PLATFORM_IDS).optional(),
});

const weight = number(0, 1000);

export const selectionWeightsSchema = z.strictObject({
  capability: weight.optional(),
  reliability: weight.optional(),
  speed: weight.optional(),
  cost: weight.optional(),
  preference: weight.optional(),
});

export const narrationSchema = z.strictObject({
  default_voice: z
    .string({ error: 'expected "off" or "<provider>[:<voice>]"' })
    .refine((value) => !('error' in parseVoiceChoice(value)), {
      error: 'expected "off" or "<provider>[:<voice>]", e.g. "espeak-ng:en-us"',
    })
    .optional(),
  rate: number(0.25, 4).optional(),
});

const section = <T extends z.ZodType>(schema: T, what: string) =>
  z.record(z.string(), schema, { error: `expected an object of ${what} by id` });

export const configFileSchema = z.strictObject(
  {
    /** Lets editors validate the file against a published JSON schema. */
    $schema: z.string().optional(),
    global: globalSchema.optional(),
    providers: section(providerSchema, 'provider settings').optional(),
    channels: section(channelSchema, 'channels').optional(),
    selection_weights: selectionWeightsSchema.optional(),
    webhooks: webhooksConfigSchema.optional(),
    delivery: deliveryConfigSchema.optional(),
    narration: narrationSchema.optional(),
    queue: queueConfigSchema.optional(),
    server: serverConfigSchema.optional(),
  },
  { error: 'expected a JSON object' },
);

export type ConfigFile = z.output<typeof configFileSchema>;
export type ChannelConfig = z.output<typeof channelSchema>;
export type ProviderConfig = z.output<typeof providerSchema>;
