import { APP_INDEX_URL, APP_ORIGIN, appUrlPath } from './app-protocol-files.js';

/**
 * Where the window's page comes from: the built files, served on `app://reelforge/` from
 * `rendererDir` (see app-protocol-files.ts), or electron-vite's dev server.
 */
export type AppLocation =
  | {
      readonly kind: 'app';
      readonly rendererDir: string;
      readonly url: typeof APP_INDEX_URL;
      readonly origin: typeof APP_ORIGIN;
    }
  | { readonly kind: 'dev'; readonly url: string; readonly origin: string };

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL (ELECTRON_RENDERER_URL, set by `electron-vite dev`) is honoured only for an
 * unpackaged app and only on a loopback http(s) address: a packaged app always loads its files.
 */
export function resolveAppLocation(options: {
  readonly devServerUrl: string | undefined;
  readonly isPackaged: boolean;
  /** The built renderer folder (holds index.html). */
  readonly rendererDir: string;
}): AppLocation {
  if (options.devServerUrl && !options.isPackaged) {
    try {
      const url = new URL(options.devServerUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTNAMES.has(url.hostname)) {
        return { kind: 'dev', url: url.href, origin: url.origin };
      }
    } catch {
      // Not a URL: fall through to the built files.
    }
  }
  return { kind: 'app', rendererDir: options.rendererDir, url: APP_INDEX_URL, origin: APP_ORIGIN };
}

/**
 * True when `url` is the app's own page: any page of `app://reelforge` (the scheme serves only
 * the renderer folder), or of the dev server's origin in dev. file:// is never the app.
 */
export function isAppUrl(url: string | undefined, location: AppLocation): boolean {
  if (!url) return false;
  if (location.kind === 'app') return appUrlPath(url) !== undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === location.origin;
}
