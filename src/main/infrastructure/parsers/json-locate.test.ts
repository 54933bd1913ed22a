import { describe, expect, it } from 'vitest';
import { locateJsonValue, pathOfField } from './json-locate.js';
import { lineAt } from './script-content.js';

const TEXT = `{
  "hook": "a \\"quoted\\" hook, with: commas",
  "variants": [
    { "name": "a" },
    {
      "name": "b",
      "main_points": [null, "x"],
      "hook": ""
    }
  ]
}`;

const lineOf = (field: string) => {
  const offset = locateJsonValue(TEXT, pathOfField(field)!);
  return offset === undefined ? undefined : lineAt(TEXT, offset);
};

describe('locateJsonValue', () => {
  it('finds the line of a value by its message field', () => {
    expect(lineOf('hook')).toBe(2);
    expect(lineOf('variants[1].name')).toBe(4);
    expect(lineOf('variants[2]')).toBe(5);
    expect(lineOf('variants[2].hook')).toBe(8);
    expect(lineOf('variants[2].main_points[2]')).toBe(7);
  });

  it('gives nothing for a path the text does not have', () => {
    expect(lineOf('variants[3].hook')).toBeUndefined();
    expect(lineOf('variants[1].hook')).toBeUndefined();
    expect(lineOf('hook[1]')).toBeUndefined();
    expect(pathOfField('(syntax)')).toBeUndefined();
  });
});
