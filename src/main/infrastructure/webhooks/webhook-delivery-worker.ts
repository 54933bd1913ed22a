import { describeDeliveryFailure } from './delivery-failure.js';
import { DEFAULT_WEBHOOK_BASE_DELAY_MS, retryDelayMs, withinRetryWindow } from './retry-schedule.js';
import type { SqliteWebhookOutbox, WebhookDelivery } from './sqlite-webhook-outbox.js';
import { signWebhookBody } from './webhook-signature.js';
import type { WebhookTarget } from './webhook-targets.js';

export interface WebhookDeliveryWorkerOptions {
  readonly outbox: SqliteWebhookOutbox;
  readonly targets: () => readonly WebhookTarget[];
  /** First retry delay; doubles per failure (tests make it small). */
  readonly baseDelayMs?: number;
  /** How long one attempt may take before it counts as failed. */
  readonly attemptTimeoutMs?: number;
  /** Safety net for rows written by other processes sharing the database. */
  readonly pollIntervalMs?: number;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly userAgent?: string;
}

const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000;
const DEFAULT_POLL_INTERVAL_MS = 5_000;
const BATCH = 20;

/**
 * Sends what the outbox holds: each due delivery is POSTed with its signature; a 2xx marks it
 * delivered, anything else schedules a retry with exponential backoff and jitter, for up to 24 h
 * after the event. Nothing is kept in memory that the table does not also hold, so a restart
 * picks up exactly where the last process stopped (receivers de-duplicate by delivery id).
 */
export class WebhookDeliveryWorker {
  readonly #options: WebhookDeliveryWorkerOptions;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #controller = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #again = false;
  #stopped = false;

  constructor(options: WebhookDeliveryWorkerOptions) {
    this.#options = options;
  }

  start(): void {
    this.wake();
  }

  /** Looks for due deliveries now (after a job change queued some). */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    void this.#run().finally(() => {
      this.#running = false;
      if (this.#again) {
        this.#again = false;
        this.wake();
      } else this.#schedule();
    });
  }

  /**
   * Stops taking deliveries. Attempts in flight get `graceMs` to finish (a CLI render that just
   * ended still sends its events); the rest are aborted and sent again by the next process.
   */
  async stop(graceMs = 0): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    if (graceMs > 0 && this.#inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.#inFlight]),
        new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    this.#controller.abort();
    await Promise.allSettled([...this.#inFlight]);
  }

  #now(): Date {
    return this.#options.now?.() ?? new Date();
  }

  async #run(): Promise<void> {
    const timeout = this.#options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
    for (;;) {
      if (this.#stopped) return;
      const now = this.#now();
      // The lease outlives the attempt's timeout, so no other process takes it meanwhile.
      const leaseUntil = new Date(now.getTime() + timeout * 2).toISOString();
      const due = this.#options.outbox.claimDue(now.toISOString(), leaseUntil, BATCH);
      if (due.length === 0) return;
      await Promise.all(due.map((delivery) => this.#track(this.#attempt(delivery, timeout))));
    }
  }

  #track(attempt: Promise<void>): Promise<void> {
    this.#inFlight.add(attempt);
    return attempt.finally(() => this.#inFlight.delete(attempt));
  }

  #schedule(): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    const poll = this.#options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    const next = this.#options.outbox.nextDueAt();
    const untilDue = next === undefined ? poll : Date.parse(next) - this.#now().getTime();
    this.#timer = setTimeout(() => this.wake(), Math.max(10, Math.min(poll, untilDue)));
    this.#timer.unref();
  }

  async #attempt(delivery: WebhookDelivery, timeoutMs: number): Promise<void> {
    const target = this.#options.targets().find((t) => t.url === delivery.url);
    if (!target) {
      this.#options.outbox.markAttemptFailed(
        delivery.id,
        this.#now().toISOString(),
        'the webhook is no longer in config.json',
        undefined,
      );
      return;
    }
    let error: string | undefined;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': this.#options.userAgent ?? 'Reelforge-Webhooks',
          'X-Reelforge-Event': delivery.event,
          'X-Reelforge-Delivery': delivery.id,
          'X-Reelforge-Signature': signWebhookBody(delivery.body, target.secret),
        },
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.any([this.#controller.signal, AbortSignal.timeout(timeoutMs)]),
      });
      // The body is not needed; drain it so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      if (response.status < 200 || response.status >= 300) error = `HTTP ${response.status}`;
    } catch (cause) {
      if (this.#stopped) {
        // Interrupted by shutdown: not the receiver's fault; the next start sends it again.
        this.#options.outbox.release(delivery.id);
        return;
      }
      error = describeDeliveryFailure(cause, timeoutMs);
    }
    const at = this.#now();
    if (error === undefined) {
      this.#options.outbox.markDelivered(delivery.id, at.toISOString());
      return;
    }
    const attempts = delivery.attempts + 1;
    const delay = retryDelayMs(
      attempts,
      this.#options.baseDelayMs ?? DEFAULT_WEBHOOK_BASE_DELAY_MS,
      this.#options.random,
    );
    const nextAt = new Date(at.getTime() + delay);
    const retry = withinRetryWindow(delivery.createdAt, nextAt) ? nextAt.toISOString() : undefined;
    this.#options.outbox.markAttemptFailed(delivery.id, at.toISOString(), error, retry);
  }
}
