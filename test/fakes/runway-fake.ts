/**
 * A loopback fake of the documented subset of the Runway API (https://docs.dev.runwayml.com/api/)
 * that Reelforge uses, with scripted failures for tests and `npm run fake-cloud`.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  hang,
  sendExpiredLink,
  sendFile,
  sendJson,
  startCloudFake,
  type CloudFake,
  type CloudFakeOptions,
  type CloudFakeState,
  type FakeHandler,
  type FakeRequest,
} from './fake-server.js';
import { sendScriptedFailure, type ScriptedFailure } from './scripted-failure.js';

export type RunwayOutcome = 'SUCCEEDED' | { readonly failureCode: string; readonly failure: string };

/** What the fake does; tests change it between and during renders. */
export interface RunwayFakeScript {
  /** Answers the next `POST /v1/text_to_video` calls get instead of a task, in order. */
  createFailures: ScriptedFailure[];
  /** Answers the next `GET /v1/tasks/{id}` calls get instead of the task, in order. */
  getFailures: ScriptedFailure[];
  /** Reads a new task spends in each state before its outcome. */
  pendingPolls: number;
  throttledPolls: number;
  runningPolls: number;
  /** How new tasks end. */
  outcome: RunwayOutcome;
  /** How the next created tasks end, in order, before `outcome` applies again. */
  nextOutcomes: RunwayOutcome[];
  /** What the next output downloads do instead of serving the clip. */
  downloadFailures: ('drop' | 'expired' | 'hang')[];
  /** Puts the presented key in 401 bodies (some APIs do), to prove Reelforge redacts it. */
  echoKeyInErrors: boolean;
  /** Every API request hangs: a server that never answers. */
  hangAll: boolean;
}

interface FakeTask {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly createdAt: string;
  reads: number;
  cancelled: boolean;
  /** Part of the signed output URL; replaced when a URL "expires". */
  token: string;
}

export interface RunwayFake extends Omit<CloudFake<RunwayFakeScript>, 'createdIds' | 'deletedIds'> {
  /** Create calls that made a task, and all DELETE calls, for assertions. */
  readonly createdTaskIds: string[];
  readonly deletedTaskIds: string[];
}

export const RUNWAY_VERSION = '2024-11-06';

export function defaultRunwayScript(): RunwayFakeScript {
  return {
    createFailures: [],
    getFailures: [],
    pendingPolls: 1,
    throttledPolls: 0,
    runningPolls: 2,
    outcome: 'SUCCEEDED',
    nextOutcomes: [],
    downloadFailures: [],
    echoKeyInErrors: false,
    hangAll: false,
  };
}

export async function startRunwayFake(options: CloudFakeOptions<RunwayFakeScript> = {}): Promise<RunwayFake> {
  const { createdIds, deletedIds, ...fake } = await startCloudFake(
    options,
    { key: 'rw-test-key-0123456789', script: defaultRunwayScript },
    runwayHandler,
  );
  return { ...fake, createdTaskIds: createdIds, deletedTaskIds: deletedIds };
}

function runwayHandler(
  { key, script, media, createdIds, deletedIds, createBodies }: CloudFakeState<RunwayFakeScript>,
  base: () => string,
): FakeHandler {
  const tasks = new Map<string, FakeTask>();

  const taskJson = (task: FakeTask): Record<string, unknown> => {
    const duration = Number(task.body['duration'] ?? 5);
    const estimatedCost = { credits: duration * 12 };
    const common = { id: task.id, createdAt: task.createdAt };
    if (task.cancelled) return { ...common, status: 'CANCELLED', cost: { credits: 0 } };
    // Status order from the task lifecycle in the API reference ("Get task detail").
    const n = task.reads;
    if (n < script.pendingPolls) return { ...common, status: 'PENDING', estimatedCost };
    if (n < script.pendingPolls + script.throttledPolls)
      return { ...common, status: 'THROTTLED', estimatedCost };
    const running = n - script.pendingPolls - script.throttledPolls;
    if (running < script.runningPolls) {
      return {
        ...common,
        status: 'RUNNING',
        progress: (running + 1) / (script.runningPolls + 1),
        estimatedCost,
      };
    }
    const outcome = (task.body['__outcome'] as RunwayOutcome | undefined) ?? 'SUCCEEDED';
    if (outcome === 'SUCCEEDED') {
      // Output URLs are signed and expire (https://docs.dev.runwayml.com/api-details/outputs/).
      return {
        ...common,
        status: 'SUCCEEDED',
        output: [`${base()}/outputs/${task.id}.mp4?_jwt=${task.token}`],
        cost: estimatedCost,
      };
    }
    return {
      ...common,
      status: 'FAILED',
      failure: outcome.failure,
      failureCode: outcome.failureCode,
      cost: { credits: 0 },
    };
  };

  const api = (req: FakeRequest, res: ServerResponse): void => {
    // Authentication (https://docs.dev.runwayml.com/api/#section/Authentication): Bearer key;
    // errors (https://docs.dev.runwayml.com/errors/errors): 401 for a bad key, JSON `error` member.
    const presented = String(req.headers['authorization'] ?? '');
    if (presented !== `Bearer ${key}`) {
      const given = presented.replace(/^Bearer\s+/, '');
      sendJson(res, 401, { error: script.echoKeyInErrors ? `Invalid API key: ${given}` : 'Invalid API key' });
      return;
    }
    // Versioning (https://docs.dev.runwayml.com/api/#section/Versioning): header required.
    if (req.headers['x-runway-version'] !== RUNWAY_VERSION) {
      sendJson(res, 400, { error: `X-Runway-Version header must be ${RUNWAY_VERSION}` });
      return;
    }
    if (req.method === 'GET' && req.path === '/v1/organization') {
      sendJson(res, 200, {
        creditBalance: 5000,
        tier: { maxMonthlyCreditSpend: 10000, models: {} },
        usage: { models: {} },
      });
      return;
    }
    if (req.method === 'POST' && req.path === '/v1/text_to_video') {
      const failure = script.createFailures.shift();
      if (failure) return sendScriptedFailure(res, failure);
      const problem = validateTextToVideo(req.body);
      if (problem) return sendJson(res, 400, { error: problem });
      const body = req.body as Record<string, unknown>;
      const task: FakeTask = {
        id: randomUUID(),
        body: { ...body, __outcome: script.nextOutcomes.shift() ?? script.outcome },
        createdAt: new Date().toISOString(),
        reads: 0,
        cancelled: false,
        token: randomUUID(),
      };
      tasks.set(task.id, task);
      createdIds.push(task.id);
      createBodies.push(body);
      const duration = Number(body['duration'] ?? 5);
      sendJson(res, 200, { id: task.id, estimatedCost: { credits: duration * 12 } });
      return;
    }
    const taskMatch = /^\/v1\/tasks\/([^/]+)$/.exec(req.path);
    if (taskMatch) {
      const id = decodeURIComponent(taskMatch[1]!);
      if (req.method === 'DELETE') deletedIds.push(id);
      if (req.method === 'GET') {
        const failure = script.getFailures.shift();
        if (failure) return sendScriptedFailure(res, failure);
      }
      const task = tasks.get(id);
      if (!task) return sendJson(res, 404, { error: 'Task not found' });
      if (req.method === 'GET') {
        const json = taskJson(task);
        task.reads += 1;
        sendJson(res, 200, json);
        return;
      }
      if (req.method === 'DELETE') {
        // "Cancel or delete a task": running tasks are cancelled, finished ones deleted; 204.
        const status = taskJson(task)['status'];
        if (status === 'SUCCEEDED' || status === 'FAILED' || status === 'CANCELLED') tasks.delete(id);
        else task.cancelled = true;
        res.writeHead(204).end();
        return;
      }
    }
    sendJson(res, req.method === 'GET' || req.method === 'POST' || req.method === 'DELETE' ? 404 : 405, {
      error: `no route for ${req.method} ${req.path}`,
    });
  };

  return (req, res) => {
    const output = /^\/outputs\/([^/]+)\.mp4$/.exec(req.path);
    if (output) {
      const task = tasks.get(output[1]!);
      const failure = script.downloadFailures.shift();
      if (failure === 'hang') return hang(res);
      if (!task || req.query.get('_jwt') !== task.token || failure === 'expired') {
        // A signed URL past its expiry: the file host answers 403 until the task is read again.
        if (task && failure === 'expired') task.token = randomUUID();
        return sendExpiredLink(res);
      }
      const portrait = task.body['ratio'] === '720:1280';
      sendFile(res, portrait ? media.runwayPortrait : media.runwayLandscape, 'video/mp4', failure === 'drop');
      return;
    }
    if (script.hangAll) return hang(res);
    api(req, res);
  };
}

/** The `gen4.5` text-to-video request schema ("Generate a video from text" in the API reference). */
function validateTextToVideo(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return 'Request body must be a JSON object';
  const b = body as Record<string, unknown>;
  if (typeof b['model'] !== 'string') return 'model: Required';
  if (typeof b['promptText'] !== 'string' || b['promptText'].length === 0) return 'promptText: Required';
  if (b['promptText'].length > 1000) return 'promptText: String must contain at most 1000 character(s)';
  if (b['ratio'] !== '1280:720' && b['ratio'] !== '720:1280')
    return "ratio: Invalid enum value. Expected '1280:720' | '720:1280'";
  const duration = b['duration'];
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 2 || duration > 10) {
    return 'duration: Number must be an integer from 2 to 10';
  }
  const seed = b['seed'];
  if (
    seed !== undefined &&
    (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 4294967295)
  ) {
    return 'seed: Number must be an integer from 0 to 4294967295';
  }
  return undefined;
}
