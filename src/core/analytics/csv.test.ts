import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv.js';
import { errorThrownBy } from '../testing/error-thrown-by.js';

function errorOf(text: string): CsvSyntaxError {
  return errorThrownBy(CsvSyntaxError, () => parseCsv(text));
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and says where each record starts', () => {
    const text = 'video,title,views\r\nabc,"Hello, world",10\r\ndef,"She said ""hi""\r\non two lines",20\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['video', 'title', 'views'] },
      { line: 2, fields: ['abc', 'Hello, world', '10'] },
      { line: 3, fields: ['def', 'She said "hi"\r\non two lines', '20'] },
    ]);
  });

  it('ignores a byte-order mark, blank lines and a missing last line end; keeps empty fields', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,\r,2\rx,"",')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', ''] },
      { line: 4, fields: ['', '2'] },
      { line: 5, fields: ['x', '', ''] },
    ]);
  });

  it('names line and column of a quote problem', () => {
    expect(errorOf('a,b\n1,"open\n\n').message).toBe(
      'line 2, column 3: a quoted field is never closed (missing ")',
    );
    expect(errorOf('a,b\n1,x"y\n')).toMatchObject({ line: 2, column: 4 });
    expect(errorOf('a\n"q"x,1\n')).toMatchObject({ line: 2, column: 4 });
  });

  it('reads back any table written the RFC 4180 way', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', 'é', '1') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join(eol);
        expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
      }),
    );
  });
});
