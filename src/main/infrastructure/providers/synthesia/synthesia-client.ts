import type { z } from 'zod';
import { abortReason } from '../base-video-provider.js';
import { requestSignal } from '../cloud/abortable.js';
import { parseRateLimitReset, parseRetryAfter } from '../cloud/backoff.js';
import { CloudCallError, kindForStatus } from '../cloud/call-error.js';
import type { CloudClientOptions } from '../cloud/cloud-settings.js';
import {
  synthesiaErrorSchema,
  synthesiaVideoListSchema,
  synthesiaVideoSchema,
  type CreateVideoBody,
  type SynthesiaVideo,
} from './synthesia-schemas.js';

export interface SynthesiaClientOptions extends CloudClientOptions {
  readonly fetch?: typeof fetch;
}

/**
 * A small typed client for Synthesia API v2 over `fetch` (there is no official Node SDK).
 * Authentication is the raw key in `Authorization`, no "Bearer"
 * (https://docs.synthesia.io/reference/synthesia-api-quickstart). Every answer is checked with
 * zod; every failure becomes a redacted `CloudCallError`, with `RateLimit-Reset` as the wait.
 */
export class SynthesiaClient {
  readonly #options: SynthesiaClientOptions;

  constructor(options: SynthesiaClientOptions) {
    this.#options = options;
  }

  /** `POST /v2/videos`. */
  createVideo(body: CreateVideoBody, signal: AbortSignal): Promise<SynthesiaVideo> {
    return this.#request('POST', '/v2/videos', synthesiaVideoSchema, signal, body);
  }

  /** `GET /v2/videos/{id}`. */
  getVideo(id: string, signal: AbortSignal): Promise<SynthesiaVideo> {
    return this.#request('GET', `/v2/videos/${encodeURIComponent(id)}`, synthesiaVideoSchema, signal);
  }

  /** `DELETE /v2/videos/{id}`: stops and removes a video. */
  async deleteVideo(id: string, signal: AbortSignal): Promise<void> {
    await this.#request('DELETE', `/v2/videos/${encodeURIComponent(id)}`, undefined, signal);
  }

  /** `GET /v2/videos?limit=1`: the cheapest authenticated read, for "Test connection". */
  async listOneVideo(signal: AbortSignal): Promise<void> {
    await this.#request('GET', '/v2/videos?limit=1', synthesiaVideoListSchema, signal);
  }

  async #request<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S | undefined,
    signal: AbortSignal,
    body?: unknown,
  ): Promise<z.infer<S>> {
    const scoped = requestSignal(signal, this.#options.requestTimeoutMs);
    try {
      return await this.#send(method, path, schema, signal, scoped.signal, body);
    } finally {
      scoped.dispose();
    }
  }

  async #send<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S | undefined,
    signal: AbortSignal,
    attempt: AbortSignal,
    body: unknown,
  ): Promise<z.infer<S>> {
    const { redact } = this.#options;
    let response: Response;
    try {
      response = await (this.#options.fetch ?? fetch)(`${this.#options.baseUrl}${path}`, {
        method,
        signal: attempt,
        headers: {
          Authorization: this.#options.apiKey,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      if (attempt.aborted) throw new CloudCallError('timeout', 'no answer in time');
      const cause =
        error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new CloudCallError('network', redact(`cannot connect (${cause})`));
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (signal.aborted) throw abortReason(signal);
      throw new CloudCallError(attempt.aborted ? 'timeout' : 'network', 'the answer broke off');
    }
    if (!response.ok) {
      throw new CloudCallError(kindForStatus(response.status), `HTTP ${response.status}`, {
        status: response.status,
        apiMessage: apiMessageOf(text, redact),
        retryAfterMs:
          parseRateLimitReset(response.headers.get('ratelimit-reset')) ??
          parseRetryAfter(response.headers.get('retry-after')),
      });
    }
    if (!schema) return undefined as z.infer<S>;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new CloudCallError(
        'malformed',
        `${method} ${path.split('?')[0]} answered with text that is not JSON`,
      );
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unexpected shape';
      throw new CloudCallError(
        'malformed',
        `${method} ${path.split('?')[0]} answered without the documented fields (${where})`,
      );
    }
    return parsed.data;
  }
}

function apiMessageOf(text: string, redact: (text: string) => string): string | undefined {
  try {
    const parsed = synthesiaErrorSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const error = parsed.data.error;
    const message = typeof error === 'string' ? error : (error?.message ?? parsed.data.context);
    return message ? redact(message.slice(0, 500)) : undefined;
  } catch {
    return undefined;
  }
}
