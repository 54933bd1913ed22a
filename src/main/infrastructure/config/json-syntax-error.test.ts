import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax-error.js';

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(
      findJsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {}}'),
    ).toBeUndefined();
    expect(findJsonSyntaxError(' [] ')).toBeUndefined();
  });

  it('agrees with JSON.parse on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeUndefined();
      }),
    );
  });

  it('finds an error wherever JSON.parse fails on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '1', 'a', ' ', '\n', '\\') }),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          expect(findJsonSyntaxError(text) === undefined).toBe(parses);
        },
      ),
    );
  });

  it('reports a missing comma on the line of the next property', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      line: 3,
      column: 3,
      problem: "expected ',' or '}' after a property value (is a comma missing?)",
    });
  });

  it('reports a trailing comma', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')).toMatchObject({
      line: 3,
      column: 1,
      problem: 'trailing comma before }',
    });
    expect(findJsonSyntaxError('[1, 2, ]')?.problem).toBe('trailing comma before ]');
  });

  it('reports comments, single quotes and unclosed text', () => {
    expect(findJsonSyntaxError('{\n// note\n}')).toMatchObject({
      line: 2,
      column: 1,
      problem: 'comments are not allowed in JSON',
    });
    expect(findJsonSyntaxError("{'a': 1}")?.problem).toBe('property names must use double quotes');
    expect(findJsonSyntaxError('{"a": "open\n}')).toMatchObject({ line: 1, column: 12 });
    expect(findJsonSyntaxError('{"a": "open')).toMatchObject({
      line: 1,
      column: 7,
      problem: 'text in quotes is never closed',
    });
  });

  it('reports an empty file and a missing closing brace', () => {
    expect(findJsonSyntaxError('  ')?.problem).toMatch(/empty/);
    expect(findJsonSyntaxError('{"a": {"b": 1}')?.problem).toBe('unexpected end of file; a } is missing');
  });

  it('never repeats the text of the file', () => {
    const problem = findJsonSyntaxError('{"api_key": "sk-secret-123" "x": 1}')!;
    expect(problem.problem).not.toContain('sk-secret');
  });
});
