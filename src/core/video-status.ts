export const VIDEO_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
  'cancelled',
  'interrupted',
] as const;
export type VideoStatus = (typeof VIDEO_STATUSES)[number];

/** A job in one of these states will not change on its own any more. */
export const TERMINAL_STATUSES: ReadonlySet<VideoStatus> = new Set([
  'completed',
  'failed',
  'cancelled',
  'interrupted',
]);

export function isTerminalStatus(status: VideoStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** Waiting for a slot or rendering: everything not terminal. */
export const ACTIVE_STATUSES: readonly VideoStatus[] = VIDEO_STATUSES.filter(
  (s) => !TERMINAL_STATUSES.has(s),
);

export function isActiveStatus(status: VideoStatus): boolean {
  return !TERMINAL_STATUSES.has(status);
}

/** A job in one of these states can be queued again with the same script and options. */
export const RETRYABLE_STATUSES: ReadonlySet<VideoStatus> = new Set(['failed', 'cancelled', 'interrupted']);

export function isRetryableStatus(status: VideoStatus): boolean {
  return RETRYABLE_STATUSES.has(status);
}
