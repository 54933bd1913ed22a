// The REST API of `reelforge serve` (/v1): request and response bodies as zod schemas. Requests
// are checked with them at the boundary, and the OpenAPI document is generated from them, so the
// document cannot drift from what the server accepts. Field schemas come from the IPC contract.
import { PLATFORM_IDS } from '#core/platform-presets.js';
import { z } from 'zod';
import { CONTRACT_FIELDS } from './api-contract.js';

const { quality, aspectRatio, status, scriptContent, templateId } = CONTRACT_FIELDS;

/** Largest request body the server reads (a 1 MiB script as JSON text, escaped, with room). */
export const MAX_REST_BODY_BYTES = 5 * 1024 * 1024;

export const WEBHOOK_EVENTS = [
  'render.started',
  'render.completed',
  'render.failed',
  'render.cancelled',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const createRenderRequestSchema = z
  .strictObject({
    script: z.union([scriptContent, z.record(z.string(), z.unknown())]).meta({
      description:
        'The script: a JSON object, or its text in any supported format (JSON, plain text, Markdown).',
    }),
    name: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .meta({ description: 'File name for format detection and messages, e.g. "launch.md".' }),
    provider: z.string().min(1).max(100).optional().meta({ description: '"auto" or a provider id.' }),
    quality: quality.optional(),
    aspect: aspectRatio.optional(),
    channel: z.string().min(1).max(100).optional().meta({ description: "Overrides the script's channel." }),
    platform: z
      .enum(PLATFORM_IDS)
      .optional()
      .meta({ description: "Publishing preset (size, safe zone, loudness); over the script's own." }),
    template: templateId
      .optional()
      .meta({ description: "A template id (built-in or imported); over the script's own." }),
    voice: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .meta({ description: 'Narration: "off" or "<voice provider>[:<voice>]"; over the script\'s own.' }),
    variant: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: 'Of a script with A/B variants, queue only this one (default: every variant).' }),
  })
  .meta({ id: 'CreateRenderRequest' });
export type CreateRenderRequest = z.output<typeof createRenderRequestSchema>;

export const renderAcceptedSchema = z
  .strictObject({
    id: z.string(),
    status,
    group: z
      .string()
      .optional()
      .meta({ description: 'For a script with A/B variants: the group of its jobs.' }),
    variants: z
      .array(z.strictObject({ variant: z.string(), id: z.string(), status }))
      .optional()
      .meta({ description: 'For a script with A/B variants: one render per variant (`id` is the first).' }),
  })
  .meta({ id: 'RenderAccepted' });

export const renderViewSchema = z
  .strictObject({
    id: z.string(),
    status,
    progress: z.number().min(0).max(1),
    stage: z.string(),
    provider: z.string().nullable().meta({ description: 'Provider running or that ran the job.' }),
    requestedProvider: z.string(),
    quality,
    aspect: aspectRatio,
    platform: z.enum(PLATFORM_IDS).nullable().meta({ description: 'Publishing preset; null for generic.' }),
    channel: z.string(),
    topic: z.string(),
    scriptName: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    renderSeconds: z.number().nullable(),
    durationSeconds: z.number().nullable(),
    error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
    videoUrl: z.string().nullable(),
    posterUrl: z.string().nullable(),
    deliveredUrl: z.string().nullable(),
    delivery: z
      .strictObject({
        status: z.enum(['pending', 'delivered', 'failed']),
        attempts: z.number(),
        lastError: z.string().optional(),
        videoUrl: z.string().optional(),
        posterUrl: z.string().optional(),
      })
      .nullable()
      .meta({ description: 'Upload to S3-compatible storage, when configured (retried until it succeeds).' }),
    worker: z
      .string()
      .optional()
      .meta({ description: 'Render farm worker ("<host>/<id>") holding the job.' }),
    variant: z.string().optional().meta({ description: 'The A/B variant this render is.' }),
    group: z.string().optional().meta({ description: 'The variant group it belongs to (one render call).' }),
  })
  .meta({ id: 'Render' });
export type RenderView = z.output<typeof renderViewSchema>;

export const renderPageSchema = z
  .strictObject({
    renders: z.array(renderViewSchema),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Pass as `cursor` for the next page; null at the end.' }),
  })
  .meta({ id: 'RenderPage' });

export const listRendersQuerySchema = z.strictObject({
  status: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'Comma-separated statuses, e.g. "completed,failed".' }),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(100).optional(),
});

export const providerViewSchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    enabled: z.boolean(),
    isAvailable: z.boolean(),
    reason: z.string().optional(),
    qualities: z.array(quality),
    runningJobs: z.number(),
    maxConcurrent: z.number(),
  })
  .meta({ id: 'Provider' });

export const farmStatusSchema = z
  .strictObject({
    redis: z.enum(['connected', 'unreachable']),
    dispatch: z.enum(['running', 'paused']),
    since: z.string(),
    redisUrl: z.string(),
  })
  .meta({
    id: 'FarmStatus',
    description: 'The render farm, when queue.redis_url is set: dispatch pauses while Redis is away.',
  });

export const providerListSchema = z
  .strictObject({
    providers: z.array(providerViewSchema),
    /** Where renders run when a farm is configured: its Redis status and live workers. */
    farm: farmStatusSchema.extend({ liveWorkers: z.number() }).optional(),
  })
  .meta({ id: 'ProviderList' });

export const healthSchema = z
  .strictObject({
    status: z.literal('ok'),
    version: z.string(),
    queued: z.number(),
    running: z.number(),
    farm: farmStatusSchema.optional(),
  })
  .meta({ id: 'Health' });

export const REST_ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'invalid_script',
  'invalid_option',
  'too_many_requests',
  'internal',
] as const;

export const restErrorSchema = z
  .strictObject({
    error: z.strictObject({
      code: z.enum(REST_ERROR_CODES),
      message: z.string(),
      field: z.string().optional(),
      file: z.string().optional(),
      line: z.number().optional(),
      issues: z
        .array(
          z.strictObject({
            file: z.string().optional(),
            field: z.string(),
            line: z.number().optional(),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .meta({ id: 'Error' });
export type RestErrorBody = z.output<typeof restErrorSchema>;

/** The body POSTed to a webhook. */
export const webhookPayloadSchema = z
  .strictObject({
    id: z
      .string()
      .meta({ description: 'Delivery id (also X-Reelforge-Delivery): receivers de-duplicate by it.' }),
    event: z.enum(WEBHOOK_EVENTS),
    created_at: z.string(),
    render: renderViewSchema,
  })
  .meta({ id: 'WebhookPayload' });
export type WebhookPayload = z.output<typeof webhookPayloadSchema>;
