/**
 * Runs clean-up calls (cancel remote jobs) after a failure or an abort. They get their own short
 * deadline, since the job's signal is usually aborted by then, and never throw: the original
 * error is what the user needs to see.
 */
export async function bestEffort(
  calls: readonly ((signal: AbortSignal) => Promise<unknown>)[],
  timeoutMs = 10_000,
): Promise<number> {
  const signal = AbortSignal.timeout(timeoutMs);
  const results = await Promise.allSettled(calls.map((call) => call(signal)));
  return results.filter((r) => r.status === 'fulfilled').length;
}
