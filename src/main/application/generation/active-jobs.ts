/** A job this process is rendering now. */
export interface ActiveJob {
  readonly providerId: string;
  readonly controller: AbortController;
  /** Settles once the job has reached its next state (never rejects). */
  readonly done: Promise<void>;
}

/** The renders running in this process, by job id: what the limits count and cancel reaches. */
export class ActiveJobs {
  readonly #jobs = new Map<string, ActiveJob>();

  get size(): number {
    return this.#jobs.size;
  }

  has(jobId: string): boolean {
    return this.#jobs.has(jobId);
  }

  get(jobId: string): ActiveJob | undefined {
    return this.#jobs.get(jobId);
  }

  ids(): string[] {
    return [...this.#jobs.keys()];
  }

  all(): ActiveJob[] {
    return [...this.#jobs.values()];
  }

  add(jobId: string, job: ActiveJob): void {
    this.#jobs.set(jobId, job);
  }

  delete(jobId: string): void {
    this.#jobs.delete(jobId);
  }

  runningOn(providerId: string): number {
    let count = 0;
    for (const active of this.#jobs.values()) if (active.providerId === providerId) count += 1;
    return count;
  }
}
