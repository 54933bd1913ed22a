import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active` (for elapsed/ETA labels), and
 * whenever `refresh` changes: a progress update shows the time it arrived, not the last tick's
 * (a 3 s draft at 11 % read "Elapsed 0.0 s").
 */
export function useNow(active: boolean, intervalMs = 1000, refresh?: unknown): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  useEffect(() => {
    if (active) setNow(Date.now());
  }, [active, refresh]);
  return now;
}
