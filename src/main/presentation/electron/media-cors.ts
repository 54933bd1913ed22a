import type { AppLocation } from './app-location.js';

/**
 * The Access-Control-Allow-Origin value for a `reelforge-media:` response, or undefined. The
 * page's fetch() of a mock manifest is cross-origin (file:// or the dev server → the media
 * scheme), so the app's own origin is echoed back: "null" for the built file:// page (the only
 * opaque-origin page the shell ever shows), the dev server's origin in dev. Any other origin
 * gets no CORS header and cannot read the bytes.
 */
export function mediaCorsOrigin(origin: string | null, location: AppLocation): string | undefined {
  if (origin === null) return undefined;
  if (location.kind === 'file') return origin === 'null' ? 'null' : undefined;
  return origin === location.origin ? origin : undefined;
}
