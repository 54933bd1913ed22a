import { ProviderError, ReelforgeError, RenderOptionError, ScriptValidationError } from '#core/errors.js';
import { isTerminalStatus, VIDEO_STATUSES, type VideoStatus } from '#core/video-status.js';
import type { VideoJob } from '../../../application/job.js';
import { apiScriptMedia } from '../../../application/local-media.js';
import { toRenderView } from '#shared/render-view.js';
import {
  createRenderRequestSchema,
  listRendersQuerySchema,
  MAX_REST_BODY_BYTES,
  renderAcceptedSchema,
  renderPageSchema,
  renderViewSchema,
  type CreateRenderRequest,
} from '#shared/rest-contract.js';
import { parseJsonBody, readBodyText } from '../http-json.js';
import { IdempotentRenders } from '../idempotency.js';
import { invalidScript, notFound, RestError } from '../rest-errors.js';
import type { RestDeps } from '../rest-deps.js';
import type { RestRoute } from '../rest-route.js';
import { parseWith } from '../validate.js';
import { errorDoc } from './route-docs.js';

/** A job by its exact id (no CLI-style prefixes over HTTP), or 404. */
export function exactJob(deps: RestDeps, id: string): VideoJob {
  let job: VideoJob;
  try {
    job = deps.service.getJob(id);
  } catch {
    throw notFound(`no render with id ${JSON.stringify(id)}`);
  }
  if (job.id !== id) throw notFound(`no render with id ${JSON.stringify(id)}`);
  return job;
}

/** The script of a request as text with a name for format detection and messages. */
function scriptText(request: CreateRenderRequest): { content: string; name: string } {
  if (typeof request.script === 'string') return { content: request.script, name: request.name ?? 'script' };
  return { content: JSON.stringify(request.script, null, 2), name: request.name ?? 'script.json' };
}

async function createRender(
  deps: RestDeps,
  request: CreateRenderRequest,
  /** Records the Idempotency-Key with the jobs, in their transaction. */
  claim?: (jobId: string) => void,
): Promise<string> {
  const queued = deps.service.listJobs({ status: ['queued'], limit: deps.maxQueued + 1 }).length;
  if (queued >= deps.maxQueued) {
    throw new RestError(
      429,
      'too_many_requests',
      `${queued} renders are already queued; try again later`,
      {},
      {
        'Retry-After': '30',
      },
    );
  }
  if (request.provider !== undefined && request.provider !== 'auto') {
    const known = (await deps.service.listProviderStatuses()).map((p) => p.id);
    if (!known.includes(request.provider)) {
      throw new RestError(
        422,
        'invalid_option',
        `unknown provider "${request.provider}" (use auto or one of: ${known.join(', ')})`,
        {
          field: 'provider',
        },
      );
    }
  }
  const { content, name } = scriptText(request);
  try {
    const [first] = await deps.service.enqueueAll(
      { kind: 'text', content, name, localMedia: apiScriptMedia(process.cwd()) },
      {
        provider: request.provider,
        quality: request.quality,
        aspectRatio: request.aspect,
        channel: request.channel,
        platform: request.platform,
        template: request.template,
        voice: request.voice,
        variant: request.variant,
        ...(claim ? { alongside: (jobs) => claim(jobs[0]!.id) } : {}),
      },
    );
    return first!.id;
  } catch (error) {
    if (error instanceof ScriptValidationError) throw invalidScript(error, name);
    // An option the script or this machine cannot take (a variant it lacks, a voice that cannot
    // speak): the application names it neutrally; here it is the request's field of that name.
    if (error instanceof RenderOptionError) {
      throw new RestError(
        422,
        'invalid_option',
        error.wordedAs((option) => `"${option}"`),
        {
          field: error.option,
        },
      );
    }
    if (error instanceof ReelforgeError && !(error instanceof ProviderError)) {
      throw new RestError(422, 'invalid_option', error.message);
    }
    throw error;
  }
}

/** The renders queued with `job` for the other A/B variants of its script (also on a replay). */
function variantsOf(deps: RestDeps, job: VideoJob) {
  if (job.variantGroup === undefined) return {};
  const jobs = deps.service.listJobs({ variantGroup: job.variantGroup, order: 'oldest' });
  return {
    group: job.variantGroup,
    variants: jobs.map((j) => ({ variant: j.variant ?? '', id: j.id, status: j.status })),
  };
}

function parseStatuses(text: string | undefined): VideoStatus[] | undefined {
  if (text === undefined || text === '') return undefined;
  const statuses = text.split(',').map((s) => s.trim());
  for (const status of statuses) {
    if (!(VIDEO_STATUSES as readonly string[]).includes(status)) {
      throw new RestError(
        400,
        'bad_request',
        `status: unknown status "${status}" (use ${VIDEO_STATUSES.join(', ')})`,
        {
          field: 'status',
        },
      );
    }
  }
  return statuses as VideoStatus[];
}

/** Cursors are opaque to clients; here, the offset of the next page. */
const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');
function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match)
    throw new RestError(400, 'bad_request', 'cursor: not a cursor this server gave out', { field: 'cursor' });
  return Number(match[1]);
}

export function rendersRoutes(deps: RestDeps): RestRoute[] {
  return [
    {
      method: 'POST',
      path: '/v1/renders',
      operationId: 'createRender',
      summary: 'Queue a render',
      description:
        'The script is a JSON object or the text of a script file; `name` helps detect its format and names it in errors.',
      body: createRenderRequestSchema,
      headers: [
        {
          name: 'Idempotency-Key',
          description: 'Repeating a key returns the render the first request created instead of a new one.',
        },
      ],
      responses: {
        202: {
          description: 'Queued (or, for a repeated Idempotency-Key, the earlier render)',
          schema: renderAcceptedSchema,
        },
        400: errorDoc('The body is not JSON or does not match the schema'),
        409: errorDoc('The Idempotency-Key was used for a different request'),
        413: errorDoc('The body is too large'),
        422: errorDoc('The script (file, field, line) or an option is invalid'),
        429: errorDoc('Too many renders are queued'),
      },
      async handle({ request }) {
        const key = IdempotentRenders.parseKey(request.headers['idempotency-key']);
        const raw = await readBodyText(request, MAX_REST_BODY_BYTES);
        const body = parseWith(createRenderRequestSchema, parseJsonBody(raw));
        const outcome = key
          ? await deps.idempotency.run(key, raw, (claim) => createRender(deps, body, claim))
          : { jobId: await createRender(deps, body), replayed: false };
        const job = exactJob(deps, outcome.jobId);
        return {
          status: 202,
          body: { id: job.id, status: job.status, ...variantsOf(deps, job) },
          headers: {
            Location: `/v1/renders/${encodeURIComponent(job.id)}`,
            ...(outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/v1/renders',
      operationId: 'listRenders',
      summary: 'Renders, newest first, a page at a time',
      query: listRendersQuerySchema,
      responses: {
        200: { description: 'One page', schema: renderPageSchema },
        400: errorDoc('A bad query parameter'),
      },
      async handle({ url }) {
        const query = parseWith(listRendersQuerySchema, Object.fromEntries(url.searchParams));
        const limit = query.limit ?? 50;
        const offset = decodeCursor(query.cursor);
        const jobs = deps.service.listJobs({ status: parseStatuses(query.status), limit: limit + 1, offset });
        const page = jobs.slice(0, limit);
        return {
          status: 200,
          body: {
            renders: page.map((job) => toRenderView(job)),
            nextCursor: jobs.length > limit ? encodeCursor(offset + limit) : null,
          },
        };
      },
    },
    {
      method: 'GET',
      path: '/v1/renders/{id}',
      operationId: 'getRender',
      summary: 'One render: status, progress, stage, provider, timings, error and file URLs',
      responses: {
        200: { description: 'The render', schema: renderViewSchema },
        404: errorDoc('No such render'),
      },
      async handle({ params }) {
        return { status: 200, body: toRenderView(exactJob(deps, params['id']!)) };
      },
    },
    {
      method: 'DELETE',
      path: '/v1/renders/{id}',
      operationId: 'cancelRender',
      summary: 'Cancel a queued or running render',
      responses: {
        200: { description: 'The render, cancelled', schema: renderViewSchema },
        404: errorDoc('No such render'),
        409: errorDoc('The render has already finished'),
      },
      async handle({ params }) {
        const job = exactJob(deps, params['id']!);
        if (isTerminalStatus(job.status)) {
          throw new RestError(409, 'conflict', `render ${job.id} is already ${job.status}`);
        }
        return { status: 200, body: toRenderView(await deps.service.cancel(job.id)) };
      },
    },
  ];
}
