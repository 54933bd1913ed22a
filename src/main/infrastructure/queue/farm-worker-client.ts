import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { z } from 'zod';
import {
  farmJobTicketSchema,
  workerConfigSchema,
  workerUploadedSchema,
  type FarmJobTicketBody,
  type WorkerCompletionBody,
  type WorkerHeartbeatBody,
} from '#shared/farm-contract.js';

/** The coordinator answered that the job moved on (409) or is not for this worker (422). */
export class FarmJobGoneError extends Error {}
export class FarmJobUnsuitableError extends Error {}

/**
 * A worker's calls to its coordinator's /v1/worker/… routes, with the bearer token. Every answer
 * is checked against the shared zod contract before it is used.
 */
export class FarmWorkerClient {
  constructor(
    private readonly server: string,
    private readonly token: string,
    readonly worker: string,
  ) {}

  async config(): Promise<z.infer<typeof workerConfigSchema>> {
    return workerConfigSchema.parse(await this.#call('GET', '/v1/worker/config'));
  }

  async heartbeat(beat: Omit<WorkerHeartbeatBody, 'worker'>): Promise<void> {
    await this.#call('POST', '/v1/worker/heartbeat', { worker: this.worker, ...beat });
  }

  async claim(jobId: string, providers?: readonly string[]): Promise<FarmJobTicketBody> {
    const body = await this.#call('POST', `${jobPath(jobId)}/claim`, {
      worker: this.worker,
      ...(providers ? { providers } : {}),
    });
    return farmJobTicketSchema.parse(body);
  }

  async progress(jobId: string, progress: number, stage: string, providerId?: string): Promise<void> {
    await this.#call('POST', `${jobPath(jobId)}/progress`, {
      worker: this.worker,
      progress: Math.min(1, Math.max(0, progress)),
      stage: stage.slice(0, 200) || 'rendering',
      ...(providerId !== undefined ? { providerId } : {}),
    });
  }

  /** Streams one file; the coordinator stores it under a temp name and renames it when whole. */
  async upload(jobId: string, name: string, path: string): Promise<void> {
    const { size } = await stat(path);
    const url = `${this.server}${jobPath(jobId)}/files/${encodeURIComponent(name)}?worker=${encodeURIComponent(this.worker)}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.token}`,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(size),
      },
      body: Readable.toWeb(createReadStream(path)) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    workerUploadedSchema.parse(await answer(response, `upload of ${name} for job ${jobId}`));
  }

  /** Streams one of the job's input files to `destination`. */
  async downloadInput(jobId: string, sha256: string, destination: string): Promise<void> {
    const url = `${this.server}${jobPath(jobId)}/inputs/${sha256}?worker=${encodeURIComponent(this.worker)}`;
    const response = await fetch(url, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!response.ok || response.body === null) {
      await answer(response, `download of input ${sha256} for job ${jobId}`);
      throw new Error(`coordinator sent no body for input ${sha256} of job ${jobId}`);
    }
    await pipeline(Readable.fromWeb(response.body as NodeReadableStream), createWriteStream(destination));
  }

  async complete(jobId: string, done: Omit<WorkerCompletionBody, 'worker'>): Promise<void> {
    await this.#call('POST', `${jobPath(jobId)}/complete`, { worker: this.worker, ...done });
  }

  async release(jobId: string): Promise<void> {
    await this.#call('POST', `${jobPath(jobId)}/release`, { worker: this.worker });
  }

  async fail(jobId: string, status: 'failed' | 'cancelled', code: string, message: string): Promise<void> {
    await this.#call('POST', `${jobPath(jobId)}/fail`, {
      worker: this.worker,
      status,
      code,
      message: message.slice(0, 4000),
    });
  }

  async #call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.server}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return answer(response, `${method} ${path}`);
  }
}

const jobPath = (jobId: string): string => `/v1/worker/jobs/${encodeURIComponent(jobId)}`;

async function answer(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  if (response.ok) return body;
  const message =
    (body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${response.status}`;
  if (response.status === 409) throw new FarmJobGoneError(message);
  if (response.status === 422) throw new FarmJobUnsuitableError(message);
  throw new Error(`coordinator refused ${what}: ${message} (HTTP ${response.status})`);
}
