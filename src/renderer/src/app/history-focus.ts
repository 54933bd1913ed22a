// Which finished render History should open when it next appears: set by "Show in History" in the
// Queue just before switching views, taken once by History when it mounts.
let pending: string | undefined;

/** Asks History to open `jobId`'s details the next time it is shown. */
export function requestHistoryFocus(jobId: string): void {
  pending = jobId;
}

/** The job History should open, once; undefined when nothing was asked for. */
export function takeHistoryFocus(): string | undefined {
  const jobId = pending;
  pending = undefined;
  return jobId;
}
