import { realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isInside } from '../../application/path-inside.js';

const STATIC_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  readonly path: string;
  readonly mimeType: string;
  readonly size: number;
}

/**
 * Maps a URL path to a file of the built renderer, or undefined (→ 404). `/` is index.html;
 * directories are never listed; `..`, `.`-prefixed names, backslashes, NUL and malformed
 * encodings are refused; and the real path (symlinks resolved) must stay inside the root.
 */
export async function resolveStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded === '/' ? ['index.html'] : decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return undefined;

  const mimeType =
    STATIC_TYPES[extname(segments[segments.length - 1] ?? '').toLowerCase()] ?? 'application/octet-stream';
  try {
    const root = await realpath(rootDir);
    const file = await realpath(join(root, ...segments));
    if (!isInside(root, file)) return undefined;
    const info = await stat(file);
    return info.isFile() ? { path: file, mimeType, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

/** Headers of every page file, over HTTP and app:// alike: the CSP, no sniffing, no framing, no referrer, no caching. */
export function staticFileHeaders(file: StaticFile, contentSecurityPolicy: string): Record<string, string> {
  return {
    'Content-Type': file.mimeType,
    'Content-Length': String(file.size),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
