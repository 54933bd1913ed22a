/** Width of a string in pixels at the current font; canvas' measureText in production. */
export type Measure = (text: string) => number;

/** Ideographs, kana and CJK punctuation: lines may break between any two of them. */
const CJK_BREAKABLE =
  /[\u2E80-\u2FFF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
/**
 * Punctuation that must not start a line (kinsoku): it sticks to the character before it. The
 * ideographic space U+3000 is here too: it is drawn as written and a line may break after it, as
 * CJK typesetting allows, but never before it.
 */
const NO_LINE_START = /^[、。，．！？：；）」』】〉》〕］｝〜ー々ゝゞ・!?,.:;)\]}%\u3000]$/u;
/**
 * No-break spaces (before a French "?", inside "100 %", between digits, zero width): part of the
 * text, never collapsed or replaced, and a line never breaks on either side of one. A grapheme
 * starting with one (a no-break space carrying a combining accent) counts too.
 */
const NO_BREAK_SPACE = /^[\u00A0\u2007\u202F\uFEFF]/u;
/**
 * White space a line may break at and that is collapsed to one space: every white space but
 * line breaks, the no-break spaces and the ideographic space, which are characters of the text.
 */
const BREAKABLE_SPACE = '[^\\S\\n\\u00A0\\u2007\\u202F\\u3000\\uFEFF]';
const BREAKABLE_SPACE_ONLY = new RegExp(`^${BREAKABLE_SPACE}+$`, 'u');
const BREAKABLE_SPACE_RUNS = new RegExp(`${BREAKABLE_SPACE}+`, 'gu');
const BREAKABLE_SPACE_AT_ENDS = new RegExp(`^${BREAKABLE_SPACE}+|${BREAKABLE_SPACE}+$`, 'gu');

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A piece of text that is never split across lines (unless it alone is wider than a line). */
interface Unit {
  readonly text: string;
  /** Whether a space separated this unit from the previous one. */
  readonly spaceBefore: boolean;
}

/**
 * Breaks a paragraph into units: space-separated words, except that each CJK character is its
 * own unit (CJK has no spaces), with closing punctuation glued to what it follows. A no-break
 * space joins what is on both sides of it into one unit. Graphemes are never split, so emoji
 * sequences and combining accents stay whole.
 */
export function splitIntoUnits(paragraph: string): Unit[] {
  const units: { text: string; spaceBefore: boolean }[] = [];
  let current = '';
  let currentSpace = false;
  let pendingSpace = false;
  // Set after a no-break space: the next grapheme goes into the same unit, whatever it is.
  let glueNext = false;
  const flush = () => {
    if (current) units.push({ text: current, spaceBefore: currentSpace });
    current = '';
  };
  for (const { segment } of graphemes.segment(paragraph)) {
    if (BREAKABLE_SPACE_ONLY.test(segment)) {
      flush();
      pendingSpace = units.length > 0;
      glueNext = false;
      continue;
    }
    if (glueNext || (NO_BREAK_SPACE.test(segment) && !pendingSpace)) {
      // Reopen the unit just finished ("心" before "心 を") so nothing can break around the space.
      if (!current && units.length > 0) {
        const reopened = units.pop()!;
        current = reopened.text;
        currentSpace = reopened.spaceBefore;
      }
      current += segment;
      glueNext = NO_BREAK_SPACE.test(segment);
      continue;
    }
    const last = units.at(-1);
    if (!current && !pendingSpace && last && NO_LINE_START.test(segment)) {
      last.text += segment;
      continue;
    }
    if (CJK_BREAKABLE.test(segment)) {
      flush();
      // The unit before this one now, after the flush: "OK！" glues "！" to "OK", not before it.
      const previous = units.at(-1);
      if (!pendingSpace && previous && NO_LINE_START.test(segment)) {
        previous.text += segment;
      } else {
        units.push({ text: segment, spaceBefore: pendingSpace });
      }
      pendingSpace = false;
      continue;
    }
    if (!current) {
      currentSpace = pendingSpace;
      pendingSpace = false;
    }
    current += segment;
    glueNext = NO_BREAK_SPACE.test(segment);
  }
  flush();
  return units;
}

/**
 * Greedy word wrap by measured width. Explicit newlines start new lines; a unit wider than the
 * line on its own (a long URL, a run of emoji) is split between graphemes.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const paragraph of normaliseText(text).split('\n')) {
    let line = '';
    for (const unit of splitIntoUnits(paragraph)) {
      const candidate = line ? line + (unit.spaceBefore ? ' ' : '') + unit.text : unit.text;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const piece of splitWide(unit.text, maxWidth, measure)) {
        if (line) lines.push(line);
        line = piece;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * Collapses runs of breakable white space (spaces, tabs…) to one space, keeps single line breaks,
 * trims each line of breakable white space. No-break and ideographic spaces are kept as written:
 * they are the creator's characters (issue #18), not layout.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(BREAKABLE_SPACE_AT_ENDS, '').replace(BREAKABLE_SPACE_RUNS, ' '))
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function splitWide(text: string, maxWidth: number, measure: Measure): string[] {
  if (measure(text) <= maxWidth) return [text];
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(text)) {
    if (piece && measure(piece + segment) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export interface FitRequest {
  readonly text: string;
  readonly maxWidth: number;
  readonly maxHeight: number;
  readonly startSize: number;
  readonly minSize: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
  /** Measures `text` at font size `size`. */
  readonly measureAt: (size: number) => Measure;
}

export interface FittedText {
  readonly size: number;
  readonly lines: readonly string[];
  /** Set when even the smallest size did not fit and the text was cut with an ellipsis. */
  readonly truncated: boolean;
}

/**
 * Largest font size (shrinking 8 % a step from `startSize`) at which the wrapped text fits the
 * box. When nothing fits at `minSize` the text is cut at the last line that fits and ends in "…",
 * so text never runs off the frame.
 */
export function fitText(request: FitRequest): FittedText {
  const { maxWidth, maxHeight, minSize, lineHeight } = request;
  let size = Math.max(request.startSize, minSize);
  for (;;) {
    const measure = request.measureAt(size);
    const lines = wrapText(request.text, maxWidth, measure);
    if (lines.length * size * lineHeight <= maxHeight) return { size, lines, truncated: false };
    if (size <= minSize)
      return {
        size,
        lines: truncateLines(lines, maxHeight, size, lineHeight, maxWidth, measure),
        truncated: true,
      };
    size = Math.max(minSize, Math.floor(size * 0.92));
  }
}

function truncateLines(
  lines: readonly string[],
  maxHeight: number,
  size: number,
  lineHeight: number,
  maxWidth: number,
  measure: Measure,
): string[] {
  const keep = Math.max(1, Math.floor(maxHeight / (size * lineHeight)));
  const kept = lines.slice(0, keep);
  const clusters = [...graphemes.segment(kept[keep - 1] ?? '')].map((s) => s.segment);
  while (clusters.length > 0 && measure(clusters.join('').trimEnd() + '…') > maxWidth) clusters.pop();
  kept[kept.length - 1] = clusters.join('').trimEnd() + '…';
  return kept;
}
