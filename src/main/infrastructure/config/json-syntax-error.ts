/**
 * Finds where and why JSON text is invalid. V8's JSON.parse messages quote the surrounding text
 * (which may hold an API key) and, on Node 20, give no line number; this scanner gives a line,
 * a column and a plain description instead, and never repeats the text.
 */

export interface JsonSyntaxProblem {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  readonly problem: string;
}

class SyntaxProblem {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  try {
    new JsonScanner(text).scanDocument();
    return undefined;
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return { ...lineAndColumn(text, error.offset), problem: error.problem };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** Validating recursive-descent scanner; builds no values. */
class JsonScanner {
  #pos = 0;
  // Deep nesting would overflow the stack; config files are never this deep.
  static readonly MAX_DEPTH = 500;

  constructor(private readonly text: string) {}

  scanDocument(): void {
    this.#skipSpace();
    if (this.#atEnd()) this.#fail('the file is empty; expected a JSON object such as {}');
    this.#scanValue(0);
    this.#skipSpace();
    if (!this.#atEnd()) this.#fail('unexpected text after the end of the JSON value');
  }

  #scanValue(depth: number): void {
    if (depth > JsonScanner.MAX_DEPTH) this.#fail('nested too deeply');
    const c = this.text[this.#pos];
    if (c === '{') return this.#scanObject(depth);
    if (c === '[') return this.#scanArray(depth);
    if (c === '"') return this.#scanString();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.#scanNumber();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.#pos)) {
        this.#pos += literal.length;
        return;
      }
    }
    if (c === undefined) this.#fail('unexpected end of file; a value is missing');
    if (c === "'") this.#fail('strings must use double quotes');
    if (c === '}' || c === ']' || c === ',') this.#fail('a value is missing');
    this.#fail(
      'unexpected character; expected a value (text in double quotes, a number, true, false, null, {…} or […])',
    );
  }

  #scanObject(depth: number): void {
    this.#pos++; // {
    this.#skipSpace();
    if (this.#take('}')) return;
    for (;;) {
      this.#skipSpace();
      const c = this.text[this.#pos];
      if (c === '}') this.#fail('trailing comma before }');
      if (c === undefined) this.#fail('unexpected end of file; a } is missing');
      if (c !== '"')
        this.#fail(
          c === "'" ? 'property names must use double quotes' : 'expected a property name in double quotes',
        );
      this.#scanString();
      this.#skipSpace();
      if (!this.#take(':')) this.#fail("expected ':' after the property name");
      this.#skipSpace();
      this.#scanValue(depth + 1);
      this.#skipSpace();
      if (this.#take('}')) return;
      if (this.#atEnd()) this.#fail('unexpected end of file; a } is missing');
      if (!this.#take(',')) this.#fail("expected ',' or '}' after a property value (is a comma missing?)");
    }
  }

  #scanArray(depth: number): void {
    this.#pos++; // [
    this.#skipSpace();
    if (this.#take(']')) return;
    for (;;) {
      this.#skipSpace();
      if (this.text[this.#pos] === ']') this.#fail('trailing comma before ]');
      this.#scanValue(depth + 1);
      this.#skipSpace();
      if (this.#take(']')) return;
      if (this.#atEnd()) this.#fail('unexpected end of file; a ] is missing');
      if (!this.#take(',')) this.#fail("expected ',' or ']' after a list item (is a comma missing?)");
    }
  }

  #scanString(): void {
    const start = this.#pos;
    this.#pos++; // "
    for (;;) {
      const c = this.text[this.#pos];
      if (c === undefined) this.#fail('text in quotes is never closed', start);
      if (c === '"') {
        this.#pos++;
        return;
      }
      if (c === '\\') {
        const escape = this.text[this.#pos + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.#pos + 2, this.#pos + 6))) {
            this.#fail('invalid \\u escape; expected four hex digits');
          }
          this.#pos += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          this.#pos += 2;
        } else {
          this.#fail('invalid escape in text; write a backslash as \\\\');
        }
        continue;
      }
      if (c < ' ')
        this.#fail(
          c === '\n'
            ? 'line break inside text in quotes (is a closing " missing?)'
            : 'control character inside text in quotes',
        );
      this.#pos++;
    }
  }

  #scanNumber(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.#pos));
    if (!match) this.#fail('invalid number');
    this.#pos += match[0].length;
    const next = this.text[this.#pos];
    if (next !== undefined && /[0-9A-Za-z.]/.test(next)) this.#fail('invalid number');
  }

  #skipSpace(): void {
    for (;;) {
      const c = this.text[this.#pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        this.#pos++;
      } else if (c === '/' && (this.text[this.#pos + 1] === '/' || this.text[this.#pos + 1] === '*')) {
        this.#fail('comments are not allowed in JSON');
      } else {
        return;
      }
    }
  }

  #take(c: string): boolean {
    if (this.text[this.#pos] !== c) return false;
    this.#pos++;
    return true;
  }

  #atEnd(): boolean {
    return this.#pos >= this.text.length;
  }

  #fail(problem: string, offset = this.#pos): never {
    throw new SyntaxProblem(offset, problem);
  }
}
