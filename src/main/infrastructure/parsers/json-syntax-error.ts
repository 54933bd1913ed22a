/**
 * Finds where and why text is not valid JSON. `JSON.parse` messages differ between engines and
 * often carry no position, so this scanner re-reads the text with an explicit stack (no recursion:
 * 100 000 nested brackets cost nothing) and reports the first problem with a creator-friendly
 * message. Only called after `JSON.parse` has failed.
 */

export interface JsonSyntaxProblem {
  /** Character offset of the problem. */
  readonly offset: number;
  readonly message: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Failure {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

function fail(offset: number, message: string): Failure {
  return new Failure({ offset, message });
}

function describeChar(char: string): string {
  if (char === '\n') return 'a line break';
  if (char === "'") return 'a single quote (JSON needs double quotes)';
  return `"${char}"`;
}

/** Offset just past the string starting at `start` (a double quote), or a Failure. */
function scanString(text: string, start: number): number | Failure {
  for (let i = start + 1; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char === '\\') {
      const next = text[i + 1];
      if (next === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return fail(i, 'bad \\u escape: it needs four hex digits');
        i += 5;
      } else if (next !== undefined && ESCAPES.has(next)) {
        i += 1;
      } else {
        return fail(i, `bad escape "\\${next ?? ''}" in a string; write a backslash as "\\\\"`);
      }
    } else if (char === '\n') {
      return fail(start, 'string is not closed before the end of the line (missing ")');
    } else if (char.charCodeAt(0) < 0x20) {
      return fail(i, 'control character inside a string; write tabs as "\\t"');
    }
  }
  return fail(start, 'string is not closed (missing ")');
}

function scanLiteral(text: string, i: number): number | Failure {
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  NUMBER.lastIndex = i;
  if (NUMBER.exec(text)) return NUMBER.lastIndex;
  return fail(
    i,
    `unexpected ${describeChar(text[i]!)} where a value was expected (text values need "double quotes")`,
  );
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r';
}

function scan(text: string): Failure | undefined {
  const stack: ('{' | '[')[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');

  for (;;) {
    while (i < text.length && isWhitespace(text[i]!)) i += 1;
    if (i >= text.length) {
      if (expect === 'end') return undefined;
      if (stack.length === 0 && expect === 'value') return fail(i, 'no JSON value: the content is empty');
      const closers = stack
        .map((open) => (open === '{' ? '}' : ']'))
        .reverse()
        .join('');
      const shown = closers.length > 10 ? `${closers.slice(0, 10)}…` : closers;
      return fail(i, `unexpected end of the content: it stops in the middle (missing ${shown})`);
    }
    const char = text[i]!;
    const top = stack[stack.length - 1];
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (char === ']' && (expect === 'value-or-close' || afterComma)) {
          if (afterComma) return fail(i, 'trailing comma before "]"');
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        afterComma = false;
        if (char === '{' || char === '[') {
          stack.push(char);
          i += 1;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
          break;
        }
        const end = char === '"' ? scanString(text, i) : scanLiteral(text, i);
        if (end instanceof Failure) return end;
        i = end;
        expect = afterValue();
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (char === '}') {
          if (expect === 'key') return fail(i, 'trailing comma before "}"');
          stack.pop();
          i += 1;
          expect = afterValue();
          break;
        }
        if (char !== '"') return fail(i, `expected a "quoted" property name, found ${describeChar(char)}`);
        const end = scanString(text, i);
        if (end instanceof Failure) return end;
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (char !== ':') return fail(i, `expected ":" after the property name, found ${describeChar(char)}`);
        i += 1;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const closer = top === '{' ? '}' : ']';
        if (char === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
          afterComma = top === '[';
        } else if (char === closer) {
          stack.pop();
          i += 1;
          expect = afterValue();
        } else {
          return fail(i, `expected "," or "${closer}", found ${describeChar(char)} (a comma may be missing)`);
        }
        break;
      }
      case 'end':
        return fail(i, `unexpected ${describeChar(char)} after the end of the JSON value`);
    }
  }
}

/** The first syntax problem in the text, or undefined when this scanner finds none. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  return scan(text)?.problem;
}
