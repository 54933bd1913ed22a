/**
 * A CSV reader after RFC 4180, as spreadsheet exports write it: fields separated by commas, quoted
 * with `"` when they hold commas, quotes (doubled) or line breaks; lines ended by CRLF, LF or CR; a
 * UTF-8 byte-order mark at the start ignored. Blank lines are skipped. A problem is reported with
 * its line and column (1-based, in characters) so the user can find it in an editor.
 */

export interface CsvRecord {
  /** Line on which the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let lineStart = 0;
  let recordLine = 1;
  let i = 0;
  // After a closing quote only a separator or a line end may follow.
  let afterQuoted = false;
  /** The current field has characters or was quoted (so `""` is a field, not nothing). */
  let fieldStarted = false;

  const endRecord = () => {
    const blank = fields.length === 0 && !fieldStarted;
    fields.push(field);
    if (!blank) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    afterQuoted = false;
    fieldStarted = false;
  };

  while (i < content.length) {
    const char = content[i]!;
    if (char === '"' && !fieldStarted) {
      // A quoted field: read to the closing quote, across line breaks.
      const openLine = line;
      const openColumn = i - lineStart + 1;
      i += 1;
      for (;;) {
        if (i >= content.length)
          throw new CsvSyntaxError(openLine, openColumn, 'a quoted field is never closed (missing ")');
        const c = content[i]!;
        if (c === '"') {
          if (content[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\r' || c === '\n') {
          if (c === '\r' && content[i + 1] === '\n') {
            field += '\r\n';
            i += 2;
          } else {
            field += c;
            i += 1;
          }
          line += 1;
          lineStart = i;
          continue;
        }
        field += c;
        i += 1;
      }
      afterQuoted = true;
      fieldStarted = true;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      afterQuoted = false;
      fieldStarted = false;
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && content[i + 1] === '\n' ? 2 : 1;
      line += 1;
      lineStart = i;
      recordLine = line;
      continue;
    }
    if (afterQuoted) {
      throw new CsvSyntaxError(
        line,
        i - lineStart + 1,
        `unexpected ${JSON.stringify(char)} after a closing quote; quote the whole field`,
      );
    }
    if (char === '"') {
      throw new CsvSyntaxError(
        line,
        i - lineStart + 1,
        'a quote inside an unquoted field; quote the field and double the quote ("")',
      );
    }
    field += char;
    fieldStarted = true;
    i += 1;
  }
  if (fieldStarted || fields.length > 0) endRecord();
  return records;
}
