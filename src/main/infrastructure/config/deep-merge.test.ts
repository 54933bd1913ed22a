import { describe, expect, it } from 'vitest';
import { deepMerge } from './deep-merge.js';

describe('deepMerge', () => {
  it('merges nested objects key by key', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, d: 1 }, { a: { c: 3, e: 4 } })).toEqual({
      a: { b: 1, c: 3, e: 4 },
      d: 1,
    });
  });

  it('replaces arrays and values of another kind', () => {
    expect(deepMerge({ a: [1, 2], b: { c: 1 } }, { a: [3], b: 5 })).toEqual({ a: [3], b: 5 });
  });

  it('deletes keys set to null and ignores undefined', () => {
    expect(deepMerge({ a: 1, b: { c: 1, d: 2 } }, { a: null, b: { d: null }, e: undefined })).toEqual({
      b: { c: 1 },
    });
  });

  it('drops null settings inside a section the target does not have yet', () => {
    expect(deepMerge({ a: 1 }, { p: { x: 2, url: null, q: { r: null } } })).toEqual({
      a: 1,
      p: { x: 2, q: {} },
    });
  });

  it('leaves its inputs untouched', () => {
    const target = { a: { b: 1 } };
    const patch = { a: { b: 2 } };
    deepMerge(target, patch);
    expect(target).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { b: 2 } });
  });

  it('ignores a "__proto__" key instead of changing the prototype', () => {
    const merged = deepMerge({}, JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect((merged as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
