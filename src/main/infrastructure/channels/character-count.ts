const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Code units segmented at a time. Each step of V8's segment iterator costs time in proportion to
 * the length of the whole string it segments, so a long text is segmented in short windows, each
 * starting where a character starts (a boundary there does not depend on anything before it).
 */
const WINDOW = 256;

/**
 * Counts characters from the start of `text` until more than `limit` are found. Returns the count
 * (at most `limit + 1`) and where the counting stopped: the end of the text, or the start of
 * character number `limit + 2` (so `text.slice(end)` begins a character).
 */
function segmentUpTo(text: string, limit: number): { count: number; end: number } {
  let count = 0;
  let position = 0;
  let window = WINDOW;
  while (position < text.length) {
    let end = Math.min(text.length, position + window);
    // Never cut a surrogate pair: half of one reads as a character of its own and would end the
    // character before it early ("a" then half of "🏽" instead of "a🏽").
    if (
      end < text.length &&
      isHighSurrogate(text.charCodeAt(end - 1)) &&
      isLowSurrogate(text.charCodeAt(end))
    )
      end += 1;
    const last = end === text.length;
    let lastStart = 0;
    let inWindow = 0;
    for (const segment of graphemes.segment(text.slice(position, end))) {
      // Past the limit: this segment starts character number limit + 2.
      if (count + inWindow > limit) return { count: count + inWindow, end: position + segment.index };
      inWindow += 1;
      lastStart = segment.index;
    }
    if (last) return { count: count + inWindow, end: text.length };
    // The final segment of a window may be cut short: it is counted again in the next window.
    if (lastStart === 0) {
      // One character longer than the window (a letter with many combining marks): widen it.
      window *= 2;
      continue;
    }
    count += inWindow - 1;
    position += lastStart;
    window = WINDOW;
  }
  return { count, end: text.length };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Characters as a reader sees them: an emoji or an accented letter written with a combining mark
 * is one character, not the two to seven UTF-16 code units `string.length` would count.
 */
export function countCharacters(text: string): number {
  return segmentUpTo(text, Number.POSITIVE_INFINITY).count;
}

/**
 * `countCharacters` for a length check: the exact count while it is at most `limit`, otherwise
 * `limit + 1` — counting stops there, so a megabyte of text costs no more than `limit` characters.
 */
export function countCharactersUpTo(text: string, limit: number): number {
  return segmentUpTo(text, limit).count;
}

/**
 * The exact count of a text longer than `limit` characters when it is cheap to get, for a message:
 * the first `limit + 1` characters are segmented, and the rest is counted only when it is short
 * or plain text below U+0300 (where every code unit is a character of its own, but "\r\n").
 * Undefined otherwise.
 */
export function countCharactersIfCheap(text: string, limit: number): number | undefined {
  const { count, end } = segmentUpTo(text, limit);
  if (end === text.length) return count;
  const rest = text.slice(end);
  if (rest.length <= 4 * WINDOW) return count + countCharacters(rest);
  if (/[^\0-\u02ff]/.test(rest)) return undefined;
  let crlf = 0;
  for (let i = rest.indexOf('\r\n'); i !== -1; i = rest.indexOf('\r\n', i + 2)) crlf += 1;
  return count + rest.length - crlf;
}
