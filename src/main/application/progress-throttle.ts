export interface ProgressThrottleOptions {
  /** Clock in milliseconds; `Date.now` unless a test or a caller wants another. */
  readonly now?: () => number;
  /**
   * Whether a value held back by the interval is still sent once the interval has passed (the
   * default), or dropped.
   */
  readonly trailing?: boolean;
}

/**
 * The one progress rate limiter: lets a value through at most once per `intervalMs`. A forced
 * value goes through at once; a held-back value goes through once the interval has passed (the
 * latest one wins), unless `trailing` is false.
 */
export class ProgressThrottle<T> {
  #lastSent = Number.NEGATIVE_INFINITY;
  #pending: T | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #now: () => number;
  readonly #trailing: boolean;

  constructor(
    private readonly intervalMs: number,
    private readonly send: (value: T) => void,
    options: ProgressThrottleOptions = {},
  ) {
    this.#now = options.now ?? Date.now;
    this.#trailing = options.trailing ?? true;
  }

  push(value: T, force = false): void {
    const elapsed = this.#now() - this.#lastSent;
    if (force || elapsed >= this.intervalMs) {
      this.#flushNow(value);
      return;
    }
    if (!this.#trailing) return;
    this.#pending = value;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      if (this.#pending !== undefined) this.#flushNow(this.#pending);
    }, this.intervalMs - elapsed);
  }

  /** Drops anything pending; call when the job ends. */
  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  #flushNow(value: T): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    this.#lastSent = this.#now();
    this.send(value);
  }
}
