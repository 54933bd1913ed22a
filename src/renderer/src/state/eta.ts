/**
 * Seconds left for a running job from its rate so far. Undefined while there is too little to
 * go on (the first percent, or the first second), so the UI shows "estimating…" rather than a
 * wild guess.
 */
export function etaSeconds(progress: number, elapsedSeconds: number): number | undefined {
  if (!(progress >= 0.01) || !(elapsedSeconds >= 1)) return undefined;
  if (progress >= 1) return 0;
  const rate = progress / elapsedSeconds;
  return Math.max(0, (1 - progress) / rate);
}

/** Seconds between two instants (ISO or epoch ms), never negative. */
export function secondsBetween(from: string, to: number): number {
  const start = Date.parse(from);
  if (Number.isNaN(start)) return 0;
  return Math.max(0, (to - start) / 1000);
}

/** A job's progress as it was seen at one moment. */
export interface ProgressSample {
  readonly atMs: number;
  readonly progress: number;
}

/** How far back the recent rate looks. */
export const ETA_WINDOW_SECONDS = 3;

/**
 * Seconds left from the rate of the last `ETA_WINDOW_SECONDS` (at least one second of samples
 * with progress in it), else from the rate since the start. A render's pace changes: Remotion
 * spends its first seconds bundling and opening the browser at almost no progress, then renders
 * frames fast, so the average since the start says "1 min left" when 8 s are.
 */
export function recentEtaSeconds(
  samples: readonly ProgressSample[],
  nowMs: number,
  elapsedSeconds: number,
): number | undefined {
  const last = samples.at(-1);
  if (!last) return undefined;
  const overall = etaSeconds(last.progress, elapsedSeconds);
  if (overall === undefined || overall === 0) return overall;
  const windowStart = nowMs - ETA_WINDOW_SECONDS * 1000;
  const first = samples.find((sample) => sample.atMs >= windowStart);
  if (!first || last.atMs - first.atMs < 1000 || !(last.progress > first.progress)) return overall;
  const rate = (last.progress - first.progress) / ((last.atMs - first.atMs) / 1000);
  const sinceLast = Math.max(0, (nowMs - last.atMs) / 1000);
  return Math.max(0, (1 - last.progress) / rate - sinceLast);
}

/** Adds a sample when progress moved, keeping only what the window needs (and one before it). */
export function withSample(samples: readonly ProgressSample[], sample: ProgressSample): ProgressSample[] {
  const last = samples.at(-1);
  if (last && last.progress === sample.progress) return [...samples];
  const windowStart = sample.atMs - ETA_WINDOW_SECONDS * 1000;
  const kept = samples.filter((s) => s.atMs >= windowStart);
  return [...kept, sample];
}
