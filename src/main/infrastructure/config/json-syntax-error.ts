/**
 * Words a config file's JSON syntax error. V8's JSON.parse messages quote the surrounding text
 * (which may hold an API key) and, on Node 20, give no line number; this gives a line, a column
 * and a plain description instead, and never repeats the text.
 */
import { scanJsonSyntax, type JsonSyntaxProblem } from '../json-syntax-scanner.js';

export interface JsonSyntaxErrorLocation {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  readonly problem: string;
}

// Config files are never this deep; kept from the recursive scanner this one replaced.
const MAX_DEPTH = 500;

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxErrorLocation | undefined {
  const found = scanJsonSyntax(text, { maxDepth: MAX_DEPTH });
  if (found === undefined) return undefined;
  return { ...lineAndColumn(text, found.offset), problem: describe(found) };
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

function describe(found: JsonSyntaxProblem): string {
  switch (found.kind) {
    case 'empty':
      return 'the file is empty; expected a JSON object such as {}';
    case 'too-deep':
      return 'nested too deeply';
    case 'trailing-comma':
      return `trailing comma before ${found.closer}`;
    case 'unclosed-string':
      return 'text in quotes is never closed';
    case 'line-break-in-string':
      return 'line break inside text in quotes (is a closing " missing?)';
    case 'control-char-in-string':
      return 'control character inside text in quotes';
    case 'bad-unicode-escape':
      return 'invalid \\u escape; expected four hex digits';
    case 'bad-escape':
      return 'invalid escape in text; write a backslash as \\\\';
    case 'cut-short':
      switch (found.expected) {
        case 'colon':
          return "expected ':' after the property name";
        case 'value':
        case 'value-or-close':
          return 'unexpected end of file; a value is missing';
        default:
          return `unexpected end of file; a ${found.closers[0]} is missing`;
      }
    case 'unexpected-char':
      return describeUnexpected(found);
  }
}

function describeUnexpected(found: Extract<JsonSyntaxProblem, { kind: 'unexpected-char' }>): string {
  const { found: char } = found;
  if (found.comment) return 'comments are not allowed in JSON';
  if (found.afterNumber && /[0-9A-Za-z.]/.test(char)) return 'invalid number';
  switch (found.expected) {
    case 'value':
    case 'value-or-close':
      if (char === '-') return 'invalid number';
      if (char === "'") return 'strings must use double quotes';
      if (char === '}' || char === ']' || char === ',') return 'a value is missing';
      return 'unexpected character; expected a value (text in double quotes, a number, true, false, null, {…} or […])';
    case 'key':
    case 'key-or-close':
      return char === "'"
        ? 'property names must use double quotes'
        : 'expected a property name in double quotes';
    case 'colon':
      return "expected ':' after the property name";
    case 'comma-or-close':
      return found.closer === '}'
        ? "expected ',' or '}' after a property value (is a comma missing?)"
        : "expected ',' or ']' after a list item (is a comma missing?)";
    case 'end':
      return 'unexpected text after the end of the JSON value';
  }
}
