/** A burst of errors from one outage: the worker's connections each fail, with other words. */
export const SAME_OUTAGE_MS = 5_000;
/** While Redis stays down, the line is said again this often (ioredis retries every few hundred ms). */
export const REPEAT_MS = 60_000;

/**
 * One line when the Redis connection fails, not one per retry or per connection: the worker's
 * connections (queue, blocking, cancel subscriber) each report the same outage in their own words
 * ("Connection is closed.", "connect ECONNREFUSED …") within moments. Said again when the reason
 * changes after that first burst, or once a minute while it lasts.
 */
export function redisTrouble(
  print: (line: string) => void,
  now: () => number = Date.now,
): (message: string) => void {
  let last: { message: string; at: number } | undefined;
  return (message) => {
    const at = now();
    if (last) {
      const since = at - last.at;
      if (since < SAME_OUTAGE_MS) return;
      if (last.message === message && since < REPEAT_MS) return;
    }
    last = { message, at };
    print(`redis: ${message}; retrying`);
  };
}
