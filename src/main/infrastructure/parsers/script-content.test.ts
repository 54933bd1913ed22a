import { describe, expect, it } from 'vitest';
import {
  MAX_SCRIPT_BYTES,
  MAX_SCRIPT_LINE_LENGTH,
  MAX_SCRIPT_LINES,
  lineAt,
  prepareContent,
  splitLines,
} from './script-content.js';
import { expectIssues } from './test-support/expect-issues.js';

const input = (content: string) => ({ content, name: 'in.txt' });

describe('prepareContent', () => {
  it('strips a byte-order mark and normalises line ends', () => {
    expect(prepareContent(input('\uFEFFa\r\nb\rc\n'))).toBe('a\nb\nc\n');
  });

  it('refuses a line longer than a script line can be, naming the line', () => {
    const ok = `a\n${'x'.repeat(MAX_SCRIPT_LINE_LENGTH)}\n`;
    expect(prepareContent(input(ok))).toBe(ok);
    const long = `a\nb\n${'x'.repeat(MAX_SCRIPT_LINE_LENGTH + 1)}`;
    expect(expectIssues(() => prepareContent(input(long)))).toEqual([
      expect.objectContaining({
        field: '(content)',
        line: 3,
        message: expect.stringMatching(/^line 3 is 10001 characters long/),
      }),
    ]);
  });

  it('refuses more lines than a script can have, a final newline not counting', () => {
    const ok = 'a\n'.repeat(MAX_SCRIPT_LINES);
    expect(prepareContent(input(ok))).toBe(ok);
    expect(expectIssues(() => prepareContent(input(`${ok}b`)))).toEqual([
      expect.objectContaining({
        field: '(content)',
        line: MAX_SCRIPT_LINES + 1,
        message: expect.stringContaining('more than 5000 lines'),
      }),
    ]);
  });

  it('rejects content over the byte limit, counting UTF-8 bytes', () => {
    expect(prepareContent(input('é'.repeat(5)), 10)).toBe('ééééé');
    expect(expectIssues(() => prepareContent(input('é'.repeat(6)), 10))[0]).toMatchObject({
      file: 'in.txt',
      field: '(content)',
      message: expect.stringContaining('larger than 10 bytes'),
    });
    expect(expectIssues(() => prepareContent(input('x'.repeat(MAX_SCRIPT_BYTES + 1))))).toHaveLength(1);
  });

  it('rejects NUL characters with their line', () => {
    expect(expectIssues(() => prepareContent(input('a\nb\0')))[0]).toMatchObject({
      line: 2,
      field: '(content)',
    });
  });
});

describe('line helpers', () => {
  it('counts lines from offsets and drops only the final empty line', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual(['']);
  });
});
