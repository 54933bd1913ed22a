// The built renderer served on `app://reelforge/…` instead of file://, so the window's page has a
// real origin and its responses carry the strict Content-Security-Policy as a header (Electron
// security checklist item 18). Pure: runs, and is tested, under plain Node.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { resolveStaticFile, staticFileHeaders } from '../loopback/static-files.js';

/** The scheme the packaged and built app loads its page from. */
export const APP_PROTOCOL = 'app';
/** The only host of that scheme; anything else is not the app. */
export const APP_HOST = 'reelforge';
/** The page's origin (computed by hand: Node's URL reports "null" for non-special schemes). */
export const APP_ORIGIN = `${APP_PROTOCOL}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The URL's path (still percent-encoded) when `url` is an `app://reelforge/…` URL, with no port
 * or credentials; undefined otherwise.
 */
export function appUrlPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_PROTOCOL}:` || parsed.host !== APP_HOST) return undefined;
  if (parsed.username !== '' || parsed.password !== '') return undefined;
  return parsed.pathname === '' ? '/' : parsed.pathname;
}

export interface AppProtocolOptions {
  /** The built renderer folder (out/renderer); nothing outside it is ever served. */
  readonly rendererDir: string;
  readonly contentSecurityPolicy: string;
  /** The file's bytes as a web stream (Electron passes its own, asar-aware reader). */
  readonly openFile?: (path: string) => ReadableStream<Uint8Array>;
}

const nodeFileStream = (path: string) => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;

function textResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra },
  });
}

/**
 * Answers one `app://` request: GET/HEAD of a file of the renderer folder, found by the same
 * rules as the loopback server's static files (`/` is index.html; `..`, dot-files, encoded
 * slashes, backslashes, NUL and symlinks out of the folder are refused) → 200 with the CSP
 * header; anything else → 404 (405 for other methods).
 */
export async function appProtocolResponse(
  request: { readonly method: string; readonly url: string },
  options: AppProtocolOptions,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return textResponse(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const urlPath = appUrlPath(request.url);
  const file = urlPath === undefined ? undefined : await resolveStaticFile(options.rendererDir, urlPath);
  if (!file) return textResponse(404, 'Not found');
  const headers = staticFileHeaders(file, options.contentSecurityPolicy);
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
  return new Response((options.openFile ?? nodeFileStream)(file.path), { status: 200, headers });
}
