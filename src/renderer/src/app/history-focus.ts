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

/**
 * The words of the action that opens a finished render in History: a video plays there; anything
 * else (the mock provider's JSON manifest) is only shown, so "Play" would promise what is not there.
 */
export function historyActionLabel(job: { readonly result?: { readonly mimeType: string } }): string {
  return job.result?.mimeType.startsWith('video/') ? 'Play in History' : 'Show in History';
}
