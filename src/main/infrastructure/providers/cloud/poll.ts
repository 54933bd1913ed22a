import { sleep } from './abortable.js';

export interface PollOptions<T> {
  readonly intervalMs: number;
  readonly signal: AbortSignal;
  /** Told every state read, e.g. to report progress or save a checkpoint. */
  readonly onState?: (state: T) => void;
}

/**
 * Reads a remote job's state every `intervalMs` until `isFinal` says it is done, and returns that
 * state. Abort (cancel, timeout) stops it at once, also in the middle of a wait.
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  isFinal: (state: T) => boolean,
  options: PollOptions<T>,
): Promise<T> {
  for (;;) {
    const state = await read();
    options.onState?.(state);
    if (isFinal(state)) return state;
    await sleep(options.intervalMs, options.signal);
  }
}
