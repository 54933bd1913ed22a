import type { AppLocation } from './app-location.js';

/**
 * The Access-Control-Allow-Origin value for a `reelforge-media:` response, or undefined. The
 * page's fetch() of a mock manifest is cross-origin (`app://reelforge` or the dev server → the
 * media scheme), so the app's own origin is echoed back. Any other origin — including "null",
 * an opaque file:// page — gets no CORS header and cannot read the bytes.
 */
export function mediaCorsOrigin(origin: string | null, location: AppLocation): string | undefined {
  if (origin === null) return undefined;
  return origin === location.origin ? origin : undefined;
}
