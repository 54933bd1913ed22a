import type { JobEvent } from '#core/job-events.js';

export type { JobEvent } from '#core/job-events.js';

export type JobEventListener = (event: JobEvent) => void;

/** A minimal typed fan-out; a failing listener never breaks the service or other listeners. */
export class JobEventHub {
  readonly #listeners = new Set<JobEventListener>();

  subscribe(listener: JobEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: JobEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A UI listener's bug must not stop a render.
      }
    }
  }
}
