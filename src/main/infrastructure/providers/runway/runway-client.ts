import type RunwayML from '@runwayml/sdk';
import type * as RunwayModule from '@runwayml/sdk';
import { abortReason } from '../base-video-provider.js';
import { requestSignal } from '../cloud/abortable.js';
import { parseRetryAfter } from '../cloud/backoff.js';
import { CloudCallError, kindForStatus } from '../cloud/call-error.js';
import type { CloudClientOptions } from '../cloud/cloud-settings.js';
import type { ClipRequest } from './clip-request.js';
import { createdTaskSchema, runwayTaskSchema, type RunwayTask } from './runway-task.js';

export type RunwayClientOptions = CloudClientOptions;

/**
 * The Runway API through the official SDK (`@runwayml/sdk`: it sends `Authorization: Bearer`
 * and `X-Runway-Version: 2024-11-06`). The SDK's own retries and logging are off: Reelforge
 * retries with its own backoff under the job's signal, and nothing may print a request.
 * Every failure becomes a `CloudCallError` whose text has been through the redactor.
 */
type RunwaySdk = typeof RunwayModule;

export class RunwayClient {
  readonly #options: RunwayClientOptions;
  readonly #redact: (text: string) => string;
  #loaded: Promise<{ readonly module: RunwaySdk; readonly sdk: RunwayML }> | undefined;

  constructor(options: RunwayClientOptions) {
    this.#options = options;
    this.#redact = options.redact;
  }

  /** The SDK, loaded on the first call: every CLI command would otherwise pay its start-up. */
  #load(): Promise<{ readonly module: RunwaySdk; readonly sdk: RunwayML }> {
    this.#loaded ??= import('@runwayml/sdk').then((module) => ({
      module,
      sdk: new module.default({
        apiKey: this.#options.apiKey,
        baseURL: this.#options.baseUrl,
        maxRetries: 0,
        timeout: this.#options.requestTimeoutMs,
        logLevel: 'off',
      }),
    }));
    return this.#loaded;
  }

  /** `POST /v1/text_to_video`; resolves with the new task's id. */
  async createTextToVideo(clip: ClipRequest, signal: AbortSignal): Promise<{ id: string; credits?: number }> {
    const body = {
      model: clip.model,
      promptText: clip.promptText,
      ratio: clip.ratio,
      duration: clip.duration,
      seed: clip.seed,
    } as Parameters<RunwayML['textToVideo']['create']>[0];
    const created = await this.#call(signal, (sdk, s) => sdk.textToVideo.create(body, { signal: s }));
    const parsed = createdTaskSchema.safeParse(created);
    if (!parsed.success) throw new CloudCallError('malformed', 'the new task has no id');
    return { id: parsed.data.id, credits: parsed.data.estimatedCost?.credits };
  }

  /** `GET /v1/tasks/{id}`. */
  async getTask(id: string, signal: AbortSignal): Promise<RunwayTask> {
    const task = await this.#call(signal, (sdk, s) => sdk.tasks.retrieve(id, { signal: s }));
    const parsed = runwayTaskSchema.safeParse(task);
    if (!parsed.success) {
      const status = (task as { status?: unknown } | null)?.status;
      throw new CloudCallError(
        'malformed',
        `task ${id} came back without the documented fields (status ${JSON.stringify(status)})`,
      );
    }
    return parsed.data;
  }

  /** `DELETE /v1/tasks/{id}`: cancels a running task or deletes a finished one. */
  async deleteTask(id: string, signal: AbortSignal): Promise<void> {
    await this.#call(signal, (sdk, s) => sdk.tasks.delete(id, { signal: s }));
  }

  /** `GET /v1/organization`: the cheapest authenticated read, for "Test connection". */
  async getOrganization(signal: AbortSignal): Promise<void> {
    await this.#call(signal, (sdk, s) => sdk.organization.retrieve({ signal: s }));
  }

  async #call<T>(signal: AbortSignal, call: (sdk: RunwayML, signal: AbortSignal) => Promise<T>): Promise<T> {
    const { module, sdk } = await this.#load();
    const scoped = requestSignal(signal);
    try {
      return await call(sdk, scoped.signal);
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      throw this.#translate(error, module);
    } finally {
      scoped.dispose();
    }
  }

  #translate(error: unknown, sdk: RunwaySdk): CloudCallError {
    const { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } = sdk;
    const redact = this.#redact;
    if (error instanceof APIUserAbortError) return new CloudCallError('timeout', 'the request was stopped');
    if (error instanceof APIConnectionTimeoutError) return new CloudCallError('timeout', 'no answer in time');
    if (error instanceof APIConnectionError) {
      const cause = error.cause instanceof Error ? error.cause : undefined;
      const detail = cause
        ? cause.cause instanceof Error
          ? cause.cause.message
          : cause.message
        : error.message;
      return new CloudCallError('network', redact(`cannot connect (${detail})`));
    }
    if (error instanceof APIError && typeof error.status === 'number') {
      const body = error.error as { error?: unknown } | undefined;
      const apiMessage = typeof body?.error === 'string' ? redact(body.error) : undefined;
      return new CloudCallError(kindForStatus(error.status), `HTTP ${error.status}`, {
        status: error.status,
        apiMessage,
        retryAfterMs: parseRetryAfter(error.headers?.get('retry-after')),
      });
    }
    if (error instanceof SyntaxError) return new CloudCallError('malformed', 'the answer is not valid JSON');
    const text = error instanceof Error ? error.message : String(error);
    return new CloudCallError('other', redact(text));
  }
}
