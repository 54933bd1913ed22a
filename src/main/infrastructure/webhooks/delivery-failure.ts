/**
 * What to record when a webhook request got no HTTP answer. Node's fetch throws a bare
 * "fetch failed" and keeps the reason (refused, unknown host, TLS, reset) in `cause`, sometimes
 * one level further down; "fetch failed" alone told the user nothing to fix.
 */
export function describeDeliveryFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const reasons: string[] = [];
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; depth < 3 && cause !== undefined; depth += 1) {
    const text = reasonOf(cause);
    if (text && !reasons.includes(text) && text !== message) reasons.push(text);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return reasons.length === 0 ? message : `${message}: ${reasons.join(': ')}`;
}

function reasonOf(cause: unknown): string | undefined {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    // "connect ECONNREFUSED 127.0.0.1:9" already names its code; a bare message gets it added.
    return typeof code === 'string' && !cause.message.includes(code)
      ? `${cause.message} (${code})`
      : cause.message || (typeof code === 'string' ? code : undefined);
  }
  return typeof cause === 'string' ? cause : undefined;
}
