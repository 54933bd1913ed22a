import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range.js';

describe('parseByteRange', () => {
  it.each([
    [undefined, { type: 'full' }],
    [null, { type: 'full' }],
    ['items=0-5', { type: 'full' }],
    ['bytes=0-1,4-5', { type: 'full' }],
    ['bytes=0-9', { type: 'partial', start: 0, end: 9 }],
    ['Bytes = 10 - 19', { type: 'partial', start: 10, end: 19 }],
    ['bytes=90-', { type: 'partial', start: 90, end: 99 }],
    ['bytes=90-5000', { type: 'partial', start: 90, end: 99 }],
    ['bytes=-10', { type: 'partial', start: 90, end: 99 }],
    ['bytes=-1000', { type: 'partial', start: 0, end: 99 }],
    ['bytes=99-99', { type: 'partial', start: 99, end: 99 }],
    ['bytes=100-', { type: 'unsatisfiable' }],
    ['bytes=5-2', { type: 'unsatisfiable' }],
    ['bytes=-0', { type: 'unsatisfiable' }],
    ['bytes=-', { type: 'unsatisfiable' }],
    ['bytes=abc', { type: 'unsatisfiable' }],
    ['bytes=1.5-2', { type: 'unsatisfiable' }],
    ['bytes=99999999999999999999-', { type: 'unsatisfiable' }],
    ['bytes=99999999999999999999-99999999999999999999', { type: 'unsatisfiable' }],
    ['bytes=100-99999999999999999999', { type: 'unsatisfiable' }],
    // RFC 9110 §14.1.2: a last-byte position past the end is clamped, however many digits it has.
    ['bytes=0-99999999999999999999', { type: 'partial', start: 0, end: 99 }],
    ['bytes=10-9007199254740993', { type: 'partial', start: 10, end: 99 }],
    [`bytes=0-${'9'.repeat(60)}`, { type: 'partial', start: 0, end: 99 }],
    ['bytes=0000000000000000000000010-00000000000000000000000019', { type: 'partial', start: 10, end: 19 }],
    // A suffix longer than the file is the whole file.
    ['bytes=-99999999999999999999', { type: 'partial', start: 0, end: 99 }],
  ])('%s on 100 bytes → %j', (header, expected) => {
    expect(parseByteRange(header, 100)).toEqual(expected);
  });

  it('cannot satisfy any range of an empty file', () => {
    expect(parseByteRange('bytes=0-', 0)).toEqual({ type: 'unsatisfiable' });
    expect(parseByteRange('bytes=-5', 0)).toEqual({ type: 'unsatisfiable' });
    expect(parseByteRange(undefined, 0)).toEqual({ type: 'full' });
  });
});
