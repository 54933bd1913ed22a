import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './json-syntax-error.js';

function problem(text: string) {
  const found = findJsonSyntaxProblem(text);
  expect(() => JSON.parse(text)).toThrow();
  return found;
}

describe('findJsonSyntaxProblem', () => {
  it('finds nothing in valid JSON, however deep', () => {
    expect(findJsonSyntaxProblem('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}}')).toBeUndefined();
    expect(findJsonSyntaxProblem('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
  });

  it.each([
    ['{"a": 1,}', 8, 'trailing comma before "}"'],
    ['[1, 2,]', 6, 'trailing comma before "]"'],
    ["{'a': 1}", 1, 'single quote'],
    ['{"a" 1}', 5, 'expected ":"'],
    ['{"a": 1 "b": 2}', 8, 'a comma may be missing'],
    ['{"a": hello}', 6, 'where a value was expected'],
    ['{"a": "open\n}', 6, 'not closed before the end of the line'],
    ['{"a": "bad \\x"}', 11, 'bad escape'],
    ['{"a": "\\u12"}', 7, 'four hex digits'],
    ['{"a": 1} extra', 9, 'after the end of the JSON value'],
    ['{"a": [1, 2', 11, 'missing ]}'],
    ['{"a": "tab\there"}', 10, 'control character'],
  ])('locates the problem in %j', (text, offset, message) => {
    expect(problem(text)).toEqual({ offset, message: expect.stringContaining(message) });
  });

  it('handles deep truncation without recursion', () => {
    expect(problem('{"a":'.repeat(100_000))).toMatchObject({ offset: 500_000 });
  });
});
