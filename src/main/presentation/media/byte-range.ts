/** What a Range header asks of a file of `size` bytes. */
export type ByteRangeRequest =
  | { readonly type: 'full' }
  | { readonly type: 'partial'; readonly start: number; readonly end: number }
  | { readonly type: 'unsatisfiable' };

const FULL: ByteRangeRequest = { type: 'full' };
const UNSATISFIABLE: ByteRangeRequest = { type: 'unsatisfiable' };

/**
 * A byte position from its digits. However many digits it has, a number past what a file can
 * hold (beyond 2^53) is Infinity — still past the end of every file — never an error: RFC 9110
 * clamps a last-byte position past the end, and a suffix longer than the file means all of it.
 */
function toOffset(digits: string): number | undefined {
  if (!/^\d+$/.test(digits)) return undefined;
  const significant = digits.replace(/^0+(?=\d)/, '');
  if (significant.length > 16) return Number.POSITIVE_INFINITY;
  const value = Number(significant);
  return Number.isSafeInteger(value) ? value : Number.POSITIVE_INFINITY;
}

/**
 * Parses a single `bytes=` range against a file size (RFC 9110 §14.1.2):
 * - no header, another unit, or several ranges → the whole file (a server may ignore Range;
 *   media players only ever ask for one range);
 * - `bytes=a-b`, `bytes=a-`, `bytes=-n` → the clamped inclusive byte range (an end, or a
 *   suffix, past the file — with however many digits — is clamped to the file, answered 206);
 * - a malformed `bytes=` spec, a reversed range, a start past the end or an empty suffix →
 *   unsatisfiable (416), so a broken client sees its mistake instead of a silent 200.
 */
export function parseByteRange(header: string | null | undefined, size: number): ByteRangeRequest {
  if (header === undefined || header === null) return FULL;
  const match = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!match) return FULL;
  const spec = (match[1] ?? '').trim();
  if (spec.includes(',')) return FULL;
  const parts = /^(\d*)\s*-\s*(\d*)$/.exec(spec);
  if (!parts) return UNSATISFIABLE;
  const [, first = '', last = ''] = parts;
  if (first === '') {
    const suffix = toOffset(last);
    if (suffix === undefined || suffix === 0 || size === 0) return UNSATISFIABLE;
    return { type: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = toOffset(first);
  if (start === undefined || start >= size) return UNSATISFIABLE;
  if (last === '') return { type: 'partial', start, end: size - 1 };
  const end = toOffset(last);
  if (end === undefined || end < start) return UNSATISFIABLE;
  return { type: 'partial', start, end: Math.min(end, size - 1) };
}
