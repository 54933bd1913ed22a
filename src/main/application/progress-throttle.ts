/**
 * Lets a value through at most once per `intervalMs`, always letting the last one through
 * eventually and always letting a final value (progress 1) through at once.
 */
export class ProgressThrottle<T> {
  #lastSent = 0;
  #pending: T | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly send: (value: T) => void,
    private readonly now: () => number = Date.now,
  ) {}

  push(value: T, force = false): void {
    const elapsed = this.now() - this.#lastSent;
    if (force || elapsed >= this.intervalMs) {
      this.#flushNow(value);
      return;
    }
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
    this.#lastSent = this.now();
    this.send(value);
  }
}
