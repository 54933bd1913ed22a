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
