import { describe, expect, it } from 'vitest';
import { formatValidationIssue } from './errors.js';
import { escapeForOneLine } from './one-line.js';

describe('escapeForOneLine', () => {
  it.each([
    ['plain.json', 'plain.json'],
    ['two\nerror: forged.json', 'two\\nerror: forged.json'],
    ['cr\r.json', 'cr\\r.json'],
    ['tab\t.json', 'tab\\t.json'],
    ['nul\u0000bell\u0007esc\u001b[31m.json', 'nul\\x00bell\\x07esc\\x1b[31m.json'],
    ['del\u007f.json', 'del\\x7f.json'],
    ['c1\u0085\u009b.json', 'c1\\x85\\x9b.json'],
    ['ls\u2028ps\u2029.json', 'ls\\u2028ps\\u2029.json'],
    ['evil\u202egpj.json', 'evil\\u202egpj.json'],
    ['iso\u2066x\u2069 lrm\u200e rlm\u200f alm\u061c', 'iso\\u2066x\\u2069 lrm\\u200e rlm\\u200f alm\\u061c'],
  ])('%j → %s', (name, expected) => {
    expect(escapeForOneLine(name)).toBe(expected);
  });

  it('keeps printable text, other scripts, emoji, backslashes and U+FFFD as they are', () => {
    const kept = 'C:\\Users\\ana\\sé 北京 مرحبا שלום 🌊 bad\ufffd\ufffd.json';
    expect(escapeForOneLine(kept)).toBe(kept);
  });

  it('always yields one line, whatever the characters', () => {
    let all = '';
    for (let code = 0; code < 0x3000; code++) all += `a${String.fromCharCode(code)}`;
    // eslint-disable-next-line no-control-regex
    expect(escapeForOneLine(all)).not.toMatch(/[\n\r\u2028\u2029\u0085\u000b\u000c\u001b\u202e]/);
  });

  it('is what formatValidationIssue applies to a file name', () => {
    expect(
      formatValidationIssue({ file: 'a\nerror: b.json', field: '(file)', message: 'file not found' }),
    ).toBe('a\\nerror: b.json: (file): file not found');
  });
});
