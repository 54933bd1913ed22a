import { pathToFileURL } from 'node:url';

/** Where the window's page comes from: the built files, or electron-vite's dev server. */
export type AppLocation =
  | { readonly kind: 'file'; readonly indexPath: string; readonly indexUrl: string }
  | { readonly kind: 'dev'; readonly url: string; readonly origin: string };

const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL (ELECTRON_RENDERER_URL, set by `electron-vite dev`) is honoured only for an
 * unpackaged app and only on a loopback http(s) address: a packaged app always loads its files.
 */
export function resolveAppLocation(options: {
  readonly devServerUrl: string | undefined;
  readonly isPackaged: boolean;
  readonly rendererIndexPath: string;
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
  return {
    kind: 'file',
    indexPath: options.rendererIndexPath,
    indexUrl: pathToFileURL(options.rendererIndexPath).href,
  };
}

/**
 * True when `url` is the app's own page: the built index.html itself (any #hash or ?query), or
 * any page of the dev server's origin. Other file:// URLs are not the app.
 */
export function isAppUrl(url: string | undefined, location: AppLocation): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.kind === 'dev') return parsed.origin === location.origin;
  if (parsed.protocol !== 'file:') return false;
  parsed.hash = '';
  parsed.search = '';
  return parsed.href === location.indexUrl;
}
