import { z } from 'zod';

// The render farm's worker protocol under /v1/worker/… (bearer auth like the rest of /v1).

/** "<host name>/<worker id>": who holds a job, recorded in `jobs.worker`. */
export const workerNameSchema = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[^\s/]+\/[A-Za-z0-9_-]+$/, { error: 'expected "<host>/<worker id>"' });

export const workerRequestSchema = z.strictObject({ worker: workerNameSchema }).meta({ id: 'WorkerRequest' });

export const workerClaimSchema = z
  .strictObject({
    worker: workerNameSchema,
    /** The providers this worker runs; a job asking for another is left for other workers. */
    providers: z.array(z.string().min(1).max(100)).max(100).optional(),
  })
  .meta({ id: 'WorkerClaim' });

export const workerHeartbeatSchema = z
  .strictObject({
    worker: workerNameSchema,
    host: z.string().min(1).max(200),
    concurrency: z.number().int().min(1).max(256),
    providers: z.array(z.string().min(1).max(100)).max(100),
    runningJobs: z.array(z.string().min(1).max(200)).max(256),
  })
  .meta({ id: 'WorkerHeartbeat' });

export const workerViewSchema = workerHeartbeatSchema
  .extend({ lastHeartbeatAt: z.string(), stale: z.boolean() })
  .meta({ id: 'WorkerView' });

export const workerListSchema = z
  .strictObject({ workers: z.array(workerViewSchema) })
  .meta({ id: 'WorkerList' });

export const workerConfigSchema = z
  .strictObject({ redisUrl: z.string(), queueName: z.string() })
  .meta({ id: 'WorkerConfig' });

export const farmJobTicketSchema = z
  .strictObject({
    jobId: z.string(),
    scriptName: z.string(),
    scriptContent: z.string(),
    inputs: z.array(
      z.strictObject({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        sizeBytes: z.number().int().min(0),
        // Placed under the worker's copy of the script folder: no way out of it.
        relativePath: z
          .string()
          .min(1)
          .max(1000)
          .refine(
            (path) => !path.startsWith('/') && !path.split('/').includes('..') && !path.includes('\\'),
            {
              error: 'expected a path inside the script folder',
            },
          ),
        // A file outside the script's folder: how the script names it (see FarmJobInput.namedAs).
        namedAs: z
          .strictObject({
            absolutePath: z.string().min(1).max(4096),
            fromScriptFolder: z.string().min(1).max(4096),
          })
          .optional(),
      }),
    ),
    options: z.strictObject({
      provider: z.string(),
      quality: z.string(),
      aspectRatio: z.string(),
      channel: z.string().optional(),
      platform: z.string().optional(),
      voice: z.string().optional(),
      /** The template the job was laid out with (the script's, a variant's or the render's choice). */
      template: z.string().optional(),
      /** The A/B variant this job renders: the worker queues only that one. */
      variant: z.string().optional(),
    }),
  })
  .meta({ id: 'FarmJobTicket' });

export const workerProgressSchema = z
  .strictObject({
    worker: workerNameSchema,
    progress: z.number().min(0).max(1),
    stage: z.string().min(1).max(200),
    /** The provider rendering it, once the worker has chosen one (an "auto" job's choice). */
    providerId: z.string().min(1).max(100).optional(),
  })
  .meta({ id: 'WorkerProgress' });

/** A file name a worker uploads: a plain name, no folders (the coordinator picks the folder). */
export const uploadFileNameSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'expected a plain file name (letters, digits, . _ -)' });

export const workerCompletionSchema = z
  .strictObject({
    worker: workerNameSchema,
    providerId: z.string().min(1).max(100),
    video: uploadFileNameSchema,
    poster: uploadFileNameSchema.optional(),
    extraFiles: z.array(uploadFileNameSchema).max(20),
    durationSeconds: z.number().min(0),
    width: z.number().int().min(0),
    height: z.number().int().min(0),
    mimeType: z.string().min(1).max(100),
    renderSeconds: z.number().min(0),
    fallbackTrail: z
      .array(
        z.strictObject({
          providerId: z.string(),
          error: z.string(),
          retryable: z.boolean(),
          at: z.string(),
        }),
      )
      .max(20),
  })
  .meta({ id: 'WorkerCompletion' });

export const workerFailureSchema = z
  .strictObject({
    worker: workerNameSchema,
    status: z.enum(['failed', 'cancelled']),
    code: z.string().min(1).max(100),
    message: z.string().max(4000),
  })
  .meta({ id: 'WorkerFailure' });

export const workerUploadedSchema = z
  .strictObject({ name: z.string(), sizeBytes: z.number() })
  .meta({ id: 'WorkerUploaded' });

export const workerOkSchema = z.strictObject({ ok: z.literal(true) }).meta({ id: 'WorkerOk' });

export type WorkerHeartbeatBody = z.infer<typeof workerHeartbeatSchema>;
export type FarmJobTicketBody = z.infer<typeof farmJobTicketSchema>;
export type WorkerCompletionBody = z.infer<typeof workerCompletionSchema>;
