/**
 * Words a script's JSON syntax problem for creators: where (a character offset) and what, in plain
 * language. Only called after `JSON.parse` has failed.
 */
import { scanJsonSyntax, type JsonSyntaxProblem } from '../json-syntax-scanner.js';

export interface JsonSyntaxMessage {
  /** Character offset of the problem. */
  readonly offset: number;
  readonly message: string;
}

/** The first syntax problem in the text, or undefined when the scanner finds none. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxMessage | undefined {
  const found = scanJsonSyntax(text);
  if (found === undefined) return undefined;
  const offset = found.kind === 'line-break-in-string' ? found.stringStart : found.offset;
  return { offset, message: describe(found) };
}

function describeChar(char: string): string {
  if (char === '\n') return 'a line break';
  if (char === "'") return 'a single quote (JSON needs double quotes)';
  return `"${char}"`;
}

function describe(found: JsonSyntaxProblem): string {
  switch (found.kind) {
    case 'empty':
      return 'no JSON value: the content is empty';
    case 'cut-short': {
      const shown = found.closers.length > 10 ? `${found.closers.slice(0, 10)}…` : found.closers;
      return `unexpected end of the content: it stops in the middle (missing ${shown})`;
    }
    case 'trailing-comma':
      return `trailing comma before "${found.closer}"`;
    case 'too-deep':
      return 'nested too deeply';
    case 'unclosed-string':
      return 'string is not closed (missing ")';
    case 'line-break-in-string':
      return 'string is not closed before the end of the line (missing ")';
    case 'control-char-in-string':
      return 'control character inside a string; write tabs as "\\t"';
    case 'bad-unicode-escape':
      return 'bad \\u escape: it needs four hex digits';
    case 'bad-escape':
      return `bad escape "\\${found.escape ?? ''}" in a string; write a backslash as "\\\\"`;
    case 'unexpected-char': {
      const char = describeChar(found.found);
      switch (found.expected) {
        case 'value':
        case 'value-or-close':
          return `unexpected ${char} where a value was expected (text values need "double quotes")`;
        case 'key':
        case 'key-or-close':
          return `expected a "quoted" property name, found ${char}`;
        case 'colon':
          return `expected ":" after the property name, found ${char}`;
        case 'comma-or-close':
          return `expected "," or "${found.closer}", found ${char} (a comma may be missing)`;
        case 'end':
          return `unexpected ${char} after the end of the JSON value`;
      }
    }
  }
}
