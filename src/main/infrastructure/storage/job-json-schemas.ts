import { z } from 'zod';
import type { JobOptions } from '../../application/job.js';
import { ANIMATION_STYLES, TRANSITION_KINDS, type ChannelStyle } from '#core/channel.js';
import type { FallbackAttempt, VideoResult } from '#core/result.js';
import type { ScriptFormat, VideoScript } from '#core/script.js';
import type { SceneRole, VideoTimeline } from '#core/timeline/video-timeline.js';
import { ASPECT_RATIOS, VIDEO_QUALITIES } from '#core/video-quality.js';
import { PLATFORM_IDS } from '#core/platform-presets.js';
import { VIDEO_STATUSES } from '#core/video-status.js';

/*
 * Shapes of the JSON columns as read back from disk. Objects are loose so a field this code
 * does not list still survives a read-modify-write. Each schema `satisfies` the domain type,
 * so a new required field in the domain fails to compile here instead of passing unchecked.
 */

/** A `Record<Union, true>` only compiles when it lists every member of the union. */
function enumOfAll<T extends string>(members: Record<T, true>) {
  return z.enum(Object.keys(members) as [T, ...T[]]);
}

export const scriptFormatSchema = enumOfAll<ScriptFormat>({ json: true, text: true, markdown: true });
export const videoStatusSchema = z.enum(VIDEO_STATUSES);
const animationSchema = z.enum(ANIMATION_STYLES);
const transitionSchema = z.enum(TRANSITION_KINDS);
const sceneRoleSchema = enumOfAll<SceneRole>({ hook: true, point: true, cta: true });

export const jobOptionsSchema = z.looseObject({
  provider: z.string(),
  quality: z.enum(VIDEO_QUALITIES),
  aspectRatio: z.enum(ASPECT_RATIOS),
  channel: z.string().optional(),
  outputDir: z.string(),
  platform: z.enum(PLATFORM_IDS).optional(),
}) satisfies z.ZodType<JobOptions>;

export const fallbackTrailSchema = z.array(
  z.looseObject({
    providerId: z.string(),
    error: z.string(),
    retryable: z.boolean(),
    at: z.string(),
  }),
) satisfies z.ZodType<readonly FallbackAttempt[]>;

export const videoScriptSchema = z.looseObject({
  channel: z.string(),
  topic: z.string(),
  hook: z.string(),
  mainPoints: z.array(z.string()),
  callToAction: z.string(),
  media: z
    .looseObject({
      music: z.string().optional(),
      voiceOvers: z
        .looseObject({
          hook: z.string().optional(),
          // JSON writes a missing voice-over in the array as null; the domain calls it undefined.
          mainPoints: z
            .array(
              z
                .string()
                .nullable()
                .transform((path) => path ?? undefined),
            )
            .optional(),
          callToAction: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
  platform: z.enum(PLATFORM_IDS).optional(),
  source: z.looseObject({
    format: scriptFormatSchema,
    path: z.string().optional(),
    name: z.string(),
  }),
}) satisfies z.ZodType<VideoScript>;

const channelStyleSchema = z.looseObject({
  palette: z.looseObject({
    background: z.array(z.string()),
    primary: z.string(),
    accent: z.string(),
    text: z.string(),
    textShadow: z.string(),
  }),
  fonts: z.looseObject({ heading: z.string(), body: z.string() }),
  animation: animationSchema,
  wordsPerMinute: z.number(),
  transition: transitionSchema,
  transitionSeconds: z.number(),
}) satisfies z.ZodType<ChannelStyle>;

export const videoTimelineSchema = z.looseObject({
  channel: z.string(),
  topic: z.string(),
  style: channelStyleSchema,
  scenes: z.array(
    z.looseObject({
      index: z.number(),
      role: sceneRoleSchema,
      pointNumber: z.number().optional(),
      text: z.string(),
      startSeconds: z.number(),
      durationSeconds: z.number(),
      transitionIn: z.looseObject({ kind: transitionSchema, durationSeconds: z.number() }).optional(),
      voiceOverPath: z.string().optional(),
    }),
  ),
  durationSeconds: z.number(),
  fps: z.number(),
  musicPath: z.string().optional(),
}) satisfies z.ZodType<VideoTimeline>;

export const videoResultSchema = z.looseObject({
  outputPath: z.string(),
  thumbnailPath: z.string().optional(),
  extraFiles: z.array(z.string()).optional(),
  durationSeconds: z.number(),
  sizeBytes: z.number(),
  width: z.number(),
  height: z.number(),
  mimeType: z.string(),
  jobId: z.string(),
  providerId: z.string(),
  fallbackTrail: fallbackTrailSchema,
  renderSeconds: z.number(),
}) satisfies z.ZodType<VideoResult>;

/** A provider's checkpoint: any JSON object (the provider validates its own shape). */
export const checkpointSchema = z.record(z.string(), z.unknown());

const costEstimateSchema = z.looseObject({ amount: z.number(), unit: z.string() });
export const jobCostSchema = z.looseObject({
  estimate: costEstimateSchema.optional(),
  actual: costEstimateSchema.optional(),
});
