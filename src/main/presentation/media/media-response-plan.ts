import { parseByteRange } from './byte-range.js';
import type { ResolvedMedia } from './media-types.js';

/** Status, headers and byte span of a media answer, shared by the HTTP server and Electron. */
export interface MediaResponsePlan {
  readonly status: 200 | 206 | 405 | 416;
  readonly headers: Readonly<Record<string, string>>;
  /** Inclusive byte span to send; undefined for HEAD, errors and empty files. */
  readonly body?: { readonly start: number; readonly end: number };
}

const COMMON_HEADERS = {
  'Accept-Ranges': 'bytes',
  // Re-renders (retry) rewrite the same file name: never serve a stale copy.
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
};

export function planMediaResponse(
  media: ResolvedMedia,
  method: string,
  rangeHeader: string | null | undefined,
): MediaResponsePlan {
  const upper = method.toUpperCase();
  if (upper !== 'GET' && upper !== 'HEAD') {
    return { status: 405, headers: { ...COMMON_HEADERS, Allow: 'GET, HEAD', 'Content-Length': '0' } };
  }
  const range = parseByteRange(rangeHeader, media.size);
  if (range.type === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...COMMON_HEADERS, 'Content-Range': `bytes */${media.size}`, 'Content-Length': '0' },
    };
  }
  const start = range.type === 'partial' ? range.start : 0;
  const end = range.type === 'partial' ? range.end : media.size - 1;
  const length = end - start + 1;
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    'Content-Type': media.mimeType,
    'Content-Length': String(length),
  };
  if (range.type === 'partial') headers['Content-Range'] = `bytes ${start}-${end}/${media.size}`;
  const body = upper === 'GET' && length > 0 ? { start, end } : undefined;
  return { status: range.type === 'partial' ? 206 : 200, headers, body };
}
