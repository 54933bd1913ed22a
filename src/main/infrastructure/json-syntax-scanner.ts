/**
 * Finds where and why text is not valid JSON: the one scanner behind both the config file's and
 * the script parser's "invalid JSON" messages. `JSON.parse` messages differ between engines, often
 * carry no position and quote the surrounding text (which may hold an API key); this scanner re-reads
 * the text with an explicit stack (no recursion: 100 000 nested brackets cost nothing) and describes
 * the first problem as data, never repeating the text. Each caller words the problem its own way.
 * Only meant to be called after `JSON.parse` has failed.
 */

/** What the scanner was looking for when it met the problem. */
export type JsonExpectation =
  'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

type Closer = '}' | ']';

export type JsonSyntaxProblem = { readonly offset: number } & (
  | { readonly kind: 'empty' }
  /** The text ends inside an object or array; `closers` are the brackets still open, innermost first. */
  | { readonly kind: 'cut-short'; readonly expected: JsonExpectation; readonly closers: string }
  | {
      readonly kind: 'unexpected-char';
      readonly expected: JsonExpectation;
      readonly found: string;
      /** Closer of the innermost open object or array, if any. */
      readonly closer: Closer | undefined;
      /** The character directly follows a number (as in `12x` or `1.2.3`). */
      readonly afterNumber: boolean;
      /** The character starts a `//` or `/*` comment. */
      readonly comment: boolean;
    }
  | { readonly kind: 'trailing-comma'; readonly closer: Closer }
  /** A value nested deeper than `maxDepth`. */
  | { readonly kind: 'too-deep' }
  /** `offset` is the opening quote. */
  | { readonly kind: 'unclosed-string' }
  /** `offset` is the line break; `stringStart` the opening quote. */
  | { readonly kind: 'line-break-in-string'; readonly stringStart: number }
  | { readonly kind: 'control-char-in-string' }
  | { readonly kind: 'bad-unicode-escape' }
  /** `escape` is the character after the backslash (undefined at the end of the text). */
  | { readonly kind: 'bad-escape'; readonly escape: string | undefined }
);

export interface JsonScanOptions {
  /** Report values nested deeper than this as `too-deep` instead of scanning on. */
  readonly maxDepth?: number;
}

const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Failure {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

/** Offset just past the string starting at `start` (a double quote), or a Failure. */
function scanString(text: string, start: number): number | Failure {
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6)))
          return new Failure({ kind: 'bad-unicode-escape', offset: i });
        i += 5;
      } else if (next !== undefined && ESCAPES.has(next)) {
        i += 1;
      } else {
        return new Failure({ kind: 'bad-escape', offset: i, escape: next });
      }
    } else if (char === '\n') {
      return new Failure({ kind: 'line-break-in-string', offset: i, stringStart: start });
    } else if (char.charCodeAt(0) < 0x20) {
      return new Failure({ kind: 'control-char-in-string', offset: i });
    }
  }
  return new Failure({ kind: 'unclosed-string', offset: start });
}

/** Offset just past the literal or number at `i`, or undefined when there is none. */
function scanLiteral(text: string, i: number): number | undefined {
  const first = text.charCodeAt(i);
  const word = first === 0x74 ? 'true' : first === 0x66 ? 'false' : first === 0x6e ? 'null' : undefined;
  if (word !== undefined) return text.startsWith(word, i) ? i + word.length : undefined;
  return scanNumber(text, i);
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * Offset past the longest JSON number at `i` (`-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`), or
 * undefined: by hand, as a regular expression per number cost more than the rest of the scan.
 */
function scanNumber(text: string, i: number): number | undefined {
  let end = i;
  if (text.charCodeAt(end) === 0x2d) end += 1; // -
  const first = text.charCodeAt(end);
  if (!isDigit(first)) return undefined;
  end += 1;
  if (first !== 0x30) while (isDigit(text.charCodeAt(end))) end += 1;
  if (text.charCodeAt(end) === 0x2e && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(text.charCodeAt(end))) end += 1;
  }
  const e = text.charCodeAt(end);
  if (e === 0x65 || e === 0x45) {
    let exponent = end + 1;
    const sign = text.charCodeAt(exponent);
    if (sign === 0x2b || sign === 0x2d) exponent += 1;
    if (isDigit(text.charCodeAt(exponent))) {
      end = exponent + 1;
      while (isDigit(text.charCodeAt(end))) end += 1;
    }
  }
  return end;
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r';
}

function closerOf(open: '{' | '['): Closer {
  return open === '{' ? '}' : ']';
}

/** What may follow a complete value, `depth` brackets deep. */
function afterValueAt(depth: number): JsonExpectation {
  return depth === 0 ? 'end' : 'comma-or-close';
}

function unexpectedChar(
  text: string,
  i: number,
  expected: JsonExpectation,
  top: '{' | '[' | undefined,
  numberEnd: number,
): JsonSyntaxProblem {
  const char = text[i]!;
  return {
    kind: 'unexpected-char',
    offset: i,
    expected,
    found: char,
    closer: top === undefined ? undefined : closerOf(top),
    afterNumber: i === numberEnd,
    comment: char === '/' && (text[i + 1] === '/' || text[i + 1] === '*'),
  };
}

// No closures over the loop's variables: V8 would keep them in a heap context, which made this
// loop ~20× slower (≈ 0.4 s for a 1 MiB script of short tokens).
function scan(text: string, maxDepth: number): JsonSyntaxProblem | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: JsonExpectation = 'value';
  let afterComma = false;
  let numberEnd = -1;
  let i = 0;

  for (;;) {
    while (i < text.length && isWhitespace(text[i]!)) i += 1;
    if (i >= text.length) {
      if (expect === 'end') return undefined;
      if (stack.length === 0 && expect === 'value') return { kind: 'empty', offset: i };
      const valueExpected = expect === 'value' || expect === 'value-or-close';
      if (valueExpected && stack.length > maxDepth) return { kind: 'too-deep', offset: i };
      const closers = stack.map(closerOf).reverse().join('');
      return { kind: 'cut-short', offset: i, expected: expect, closers };
    }
    const char = text[i]!;
    const top = stack[stack.length - 1];
    if (char === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
      return unexpectedChar(text, i, expect, top, numberEnd);
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (char === ']' && (expect === 'value-or-close' || afterComma)) {
          if (afterComma) return { kind: 'trailing-comma', offset: i, closer: ']' };
          stack.pop();
          i += 1;
          expect = afterValueAt(stack.length);
          break;
        }
        afterComma = false;
        if (stack.length > maxDepth) return { kind: 'too-deep', offset: i };
        if (char === '{' || char === '[') {
          stack.push(char);
          i += 1;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        if (char === '"') {
          const end = scanString(text, i);
          if (end instanceof Failure) return end.problem;
          i = end;
        } else {
          const end = scanLiteral(text, i);
          if (end === undefined) return unexpectedChar(text, i, expect, top, numberEnd);
          if (char === '-' || (char >= '0' && char <= '9')) numberEnd = end;
          i = end;
        }
        expect = afterValueAt(stack.length);
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (char === '}') {
          if (expect === 'key') return { kind: 'trailing-comma', offset: i, closer: '}' };
          stack.pop();
          i += 1;
          expect = afterValueAt(stack.length);
          break;
        }
        if (char !== '"') return unexpectedChar(text, i, expect, top, numberEnd);
        const end = scanString(text, i);
        if (end instanceof Failure) return end.problem;
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (char !== ':') return unexpectedChar(text, i, expect, top, numberEnd);
        i += 1;
        expect = 'value';
        break;
      case 'comma-or-close': {
        if (char === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
          afterComma = top === '[';
        } else if (top !== undefined && char === closerOf(top)) {
          stack.pop();
          i += 1;
          expect = afterValueAt(stack.length);
        } else {
          return unexpectedChar(text, i, expect, top, numberEnd);
        }
        break;
      }
      case 'end':
        return unexpectedChar(text, i, expect, top, numberEnd);
    }
  }
}

/** The first syntax problem in `text`, or undefined when the scanner finds none. */
export function scanJsonSyntax(text: string, options: JsonScanOptions = {}): JsonSyntaxProblem | undefined {
  return scan(text, options.maxDepth ?? Infinity);
}
