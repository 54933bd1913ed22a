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
