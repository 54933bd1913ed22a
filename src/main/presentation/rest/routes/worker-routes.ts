import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { JobNotFoundError } from '#core/errors.js';
import type { VideoJob } from '#core/job.js';
import { FarmConflictError, FarmUnsuitableError } from '../../../application/farm/farm-coordinator.js';
import { receiveWorkerUpload } from '../../../infrastructure/queue/worker-upload-receiver.js';
import {
  farmJobTicketSchema,
  uploadFileNameSchema,
  workerCompletionSchema,
  workerConfigSchema,
  workerFailureSchema,
  workerHeartbeatSchema,
  workerListSchema,
  workerNameSchema,
  workerOkSchema,
  workerProgressSchema,
  workerClaimSchema,
  workerRequestSchema,
  workerUploadedSchema,
} from '#shared/farm-contract.js';
import { renderViewSchema, MAX_REST_BODY_BYTES } from '#shared/rest-contract.js';
import { toRenderView } from '#shared/render-view.js';
import type { RestFarm } from '../farm-deps.js';
import { parseJsonBody, readBodyText } from '../http-json.js';
import { notFound, RestError } from '../rest-errors.js';
import type { RestDeps } from '../rest-deps.js';
import type { RestRoute, RouteContext } from '../rest-route.js';
import { parseWith } from '../validate.js';
import { errorDoc } from './route-docs.js';

/** The largest file a worker may upload (a long high-quality render stays well below). */
const MAX_UPLOAD_BYTES = 8 * 1024 ** 3;

const uploadQuerySchema = z.strictObject({ worker: workerNameSchema });

function farmOf(deps: RestDeps): RestFarm {
  if (!deps.farm) {
    throw new RestError(
      409,
      'conflict',
      'this server runs no render farm: set queue.redis_url (or REELFORGE_REDIS_URL) and restart it',
    );
  }
  return deps.farm;
}

/** Worker calls about a job that moved on answer 409 (the worker drops it), unknown jobs 404. */
async function asFarmCall<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof FarmConflictError) throw new RestError(409, 'conflict', error.message);
    if (error instanceof FarmUnsuitableError) throw new RestError(422, 'invalid_option', error.message);
    if (error instanceof JobNotFoundError) throw notFound(error.message);
    throw error;
  }
}

async function jsonBody<T extends z.ZodType>(
  request: RouteContext['request'],
  schema: T,
): Promise<z.output<T>> {
  return parseWith(schema, parseJsonBody(await readBodyText(request, MAX_REST_BODY_BYTES)));
}

const conflictDoc = errorDoc(
  'The job moved on (cancelled, completed, taken by another worker) or no farm runs here',
);

/**
 * `POST /v1/worker/jobs/{id}/<action>`: the worker that holds the job ends its turn with it
 * (`end`); the answer is the render as it now stands.
 */
function jobEndRoute<Body extends z.ZodType>(
  deps: RestDeps,
  spec: {
    readonly action: string;
    readonly operationId: string;
    readonly summary: string;
    /** What the 200 answer holds. */
    readonly description: string;
    readonly body: Body;
    readonly end: (farm: RestFarm, id: string, body: z.output<Body>) => VideoJob | Promise<VideoJob>;
  },
): RestRoute {
  return {
    method: 'POST',
    path: `/v1/worker/jobs/{id}/${spec.action}`,
    operationId: spec.operationId,
    summary: spec.summary,
    body: spec.body,
    responses: {
      200: { description: spec.description, schema: renderViewSchema },
      404: errorDoc('No such job'),
      409: conflictDoc,
    },
    async handle({ request, params }) {
      const farm = farmOf(deps);
      const body = await jsonBody(request, spec.body);
      const job = await asFarmCall(() => spec.end(farm, params['id']!, body));
      return { status: 200, body: toRenderView(job) };
    },
  };
}

/**
 * The render farm's worker protocol: workers announce themselves, take jobs, report progress,
 * upload the files (temp name, then rename) and complete. Bearer auth like every /v1 route.
 */
export function workerRoutes(deps: RestDeps): RestRoute[] {
  return [
    {
      method: 'GET',
      path: '/v1/worker/config',
      operationId: 'getWorkerConfig',
      summary: 'The Redis URL and queue name workers connect to',
      responses: { 200: { description: 'Farm settings', schema: workerConfigSchema }, 409: conflictDoc },
      async handle() {
        const farm = farmOf(deps);
        return { status: 200, body: { redisUrl: farm.redisUrl, queueName: farm.queueName } };
      },
    },
    {
      method: 'POST',
      path: '/v1/worker/heartbeat',
      operationId: 'workerHeartbeat',
      summary: 'A worker is alive, with its load',
      body: workerHeartbeatSchema,
      responses: {
        200: { description: 'Noted', schema: workerOkSchema },
        400: errorDoc('Bad body'),
        409: conflictDoc,
      },
      async handle({ request }) {
        const farm = farmOf(deps);
        farm.coordinator.workers.beat(await jsonBody(request, workerHeartbeatSchema));
        return { status: 200, body: { ok: true } };
      },
    },
    {
      method: 'GET',
      path: '/v1/workers',
      operationId: 'listWorkers',
      summary: 'Farm workers with their last heartbeat and running jobs',
      responses: { 200: { description: 'Every worker seen since start', schema: workerListSchema } },
      async handle() {
        return { status: 200, body: { workers: deps.farm?.coordinator.workers.list() ?? [] } };
      },
    },
    {
      method: 'POST',
      path: '/v1/worker/jobs/{id}/claim',
      operationId: 'claimFarmJob',
      summary: 'A worker took the job from the queue: its script and options',
      body: workerClaimSchema,
      responses: {
        200: { description: 'What to render', schema: farmJobTicketSchema },
        404: errorDoc('No such job'),
        422: errorDoc('The job asks for a provider this worker does not run'),
        409: conflictDoc,
      },
      async handle({ request, params }) {
        const farm = farmOf(deps);
        const { worker, providers } = await jsonBody(request, workerClaimSchema);
        return {
          status: 200,
          body: await asFarmCall(() => farm.coordinator.claim(params['id']!, worker, providers)),
        };
      },
    },
    {
      method: 'GET',
      path: '/v1/worker/jobs/{id}/inputs/{sha256}',
      operationId: 'getFarmJobInput',
      summary: "One of the media files the job's script names, by its sha256 (the holder only)",
      query: uploadQuerySchema,
      responses: {
        200: { description: 'The file', fileTypes: ['application/octet-stream'] },
        404: errorDoc('No such job'),
        409: conflictDoc,
      },
      async handle({ response, params, url }) {
        const farm = farmOf(deps);
        const { worker } = parseWith(uploadQuerySchema, Object.fromEntries(url.searchParams));
        const path = await asFarmCall(() =>
          farm.coordinator.inputPath(params['id']!, worker, params['sha256']!),
        );
        const { size } = await stat(path);
        response.writeHead(200, {
          'Content-Type': 'application/octet-stream',
          'Content-Length': String(size),
        });
        await pipeline(createReadStream(path), response);
        return undefined;
      },
    },
    {
      method: 'POST',
      path: '/v1/worker/jobs/{id}/progress',
      operationId: 'reportFarmProgress',
      summary: 'Progress of a job a worker holds',
      body: workerProgressSchema,
      responses: {
        200: { description: 'Noted', schema: workerOkSchema },
        404: errorDoc('No such job'),
        409: conflictDoc,
      },
      async handle({ request, params }) {
        const farm = farmOf(deps);
        const body = await jsonBody(request, workerProgressSchema);
        await asFarmCall(() =>
          farm.coordinator.progress(params['id']!, body.worker, body.progress, body.stage, body.providerId),
        );
        return { status: 200, body: { ok: true } };
      },
    },
    {
      method: 'POST',
      path: '/v1/worker/jobs/{id}/files/{name}',
      operationId: 'uploadFarmFile',
      summary: 'Upload one output file of a job (raw bytes); stored under a temp name, then renamed',
      query: uploadQuerySchema,
      responses: {
        200: { description: 'Stored', schema: workerUploadedSchema },
        400: errorDoc('Not a plain file name'),
        404: errorDoc('No such job'),
        409: conflictDoc,
        413: errorDoc('The file is too large'),
      },
      async handle({ request, params, url }) {
        const farm = farmOf(deps);
        const { worker } = parseWith(uploadQuerySchema, Object.fromEntries(url.searchParams));
        const name = parseWith(uploadFileNameSchema, params['name']);
        const declared = Number(request.headers['content-length']);
        if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) {
          throw new RestError(413, 'payload_too_large', `files up to ${MAX_UPLOAD_BYTES} bytes`);
        }
        const dir = await asFarmCall(() => farm.coordinator.uploadDir(params['id']!, worker));
        const path = await receiveWorkerUpload(request, dir, name, params['id']!);
        return { status: 200, body: { name, sizeBytes: (await stat(path)).size } };
      },
    },
    jobEndRoute(deps, {
      action: 'complete',
      operationId: 'completeFarmJob',
      summary: 'The job rendered and its files are uploaded: it completes (once)',
      description: 'The completed render',
      body: workerCompletionSchema,
      end: (farm, id, { worker, ...done }) => farm.coordinator.complete(id, worker, done),
    }),
    jobEndRoute(deps, {
      action: 'release',
      operationId: 'releaseFarmJob',
      summary: 'The worker is stopping: the job is queued again for another worker',
      description: 'The render, queued again',
      body: workerRequestSchema,
      end: (farm, id, { worker }) => farm.coordinator.release(id, worker),
    }),
    jobEndRoute(deps, {
      action: 'fail',
      operationId: 'failFarmJob',
      summary: 'The job failed or was cancelled on the worker',
      description: 'The ended render',
      body: workerFailureSchema,
      end: (farm, id, body) => farm.coordinator.fail(id, body.worker, body.status, body.code, body.message),
    }),
  ];
}
