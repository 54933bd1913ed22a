/**
 * The few Markdown constructs the Markdown script format reads: ATX headings, bold `**Key:**`
 * labels and inline markup to strip. Hand-written scanners rather than regexes, so that no input
 * line, however long or odd, costs more than a linear pass.
 */
import { isKeyLabel } from './line-syntax.js';
import type { KeyLine } from './line-syntax.js';

export interface Heading {
  readonly level: number;
  readonly text: string;
}

/** Reads `## Text` (up to three leading spaces, optional closing `#`s). */
export function matchHeading(line: string): Heading | undefined {
  let start = 0;
  while (start < 3 && line[start] === ' ') start += 1;
  let level = 0;
  while (line[start + level] === '#') level += 1;
  if (level < 1 || level > 6) return undefined;
  const after = line[start + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return undefined;
  let text = line.slice(start + level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) text = '';
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t'))
    text = text.slice(0, end).trim();
  return { level, text };
}

/** Reads `**Key:** value`, `**Key**: value` or the same with `__`. */
export function matchBoldKeyLine(line: string): KeyLine | undefined {
  const text = line.trim();
  const delimiter = text.startsWith('**') ? '**' : text.startsWith('__') ? '__' : undefined;
  if (delimiter === undefined) return undefined;
  const close = text.indexOf(delimiter, 2);
  if (close < 3 || close > 44) return undefined;
  let label = text.slice(2, close).trim();
  let rest = text.slice(close + 2);
  if (label.endsWith(':')) label = label.slice(0, -1).trim();
  else if (rest.startsWith(':')) rest = rest.slice(1);
  else return undefined;
  if (!isKeyLabel(label)) return undefined;
  return { label, value: rest.trim() };
}

/** ASCII punctuation can be backslash-escaped, as in CommonMark; "•" too, since it starts our lists. */
function isEscapable(char: string | undefined): boolean {
  if (char === undefined) return false;
  if (char === '•') return true;
  const code = char.charCodeAt(0);
  const isLetterOrDigit = (code >= 0x30 && code <= 0x39) || /[A-Za-z]/.test(char);
  return code >= 0x21 && code <= 0x7e && !isLetterOrDigit;
}

/**
 * Plain text of a line of Markdown: `*`, `**`, `__` and backticks dropped, `[label](url)` reduced
 * to its label, backslash escapes resolved. Single `_` stays (snake_case, file names).
 */
export function stripInlineMarkdown(text: string): string {
  let out = '';
  // Where the next "]" and ")" are, found once and reused so "[[[[…" stays linear.
  let nextBracket = -1;
  let nextParen = -1;
  let linkLabelEnd = -1;
  let linkEnd = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (i === linkLabelEnd) {
      i = linkEnd;
      linkLabelEnd = -1;
      continue;
    }
    if (char === '\\' && isEscapable(text[i + 1])) {
      out += text[i + 1];
      i += 1;
    } else if (char === '*' || char === '`') {
      // emphasis and code markers carry no words
    } else if (char === '_' && text[i + 1] === '_') {
      i += 1;
    } else if (char === '[' && linkLabelEnd === -1) {
      if (nextBracket < i) nextBracket = text.indexOf(']', i);
      if (nextBracket === -1) nextBracket = text.length;
      if (text[nextBracket + 1] === '(' && text[nextBracket - 1] !== '\\') {
        if (nextParen < nextBracket) nextParen = text.indexOf(')', nextBracket);
        if (nextParen === -1) nextParen = text.length;
        if (nextParen < text.length) {
          linkLabelEnd = nextBracket;
          linkEnd = nextParen;
          continue;
        }
      }
      out += char;
    } else {
      out += char;
    }
  }
  return out;
}
