import { describe, expect, it } from 'vitest';
import { readCount, readDate, readRate, readSeconds } from './performance-values.js';

describe('analytics cell values', () => {
  it('reads counts as exports write them', () => {
    expect(readCount('1234')).toEqual({ value: 1234 });
    expect(readCount('1,234')).toEqual({ value: 1234 });
    expect(readCount('1\u00a0234')).toEqual({ value: 1234 });
    expect(readCount('1.2K')).toEqual({ value: 1200 });
    expect(readCount('3M')).toEqual({ value: 3_000_000 });
    expect(readCount('-5')).toHaveProperty('problem');
    expect(readCount('1.5')).toHaveProperty('problem');
    expect(readCount('many')).toHaveProperty('problem');
  });

  it('reads durations in seconds or as a clock', () => {
    expect(readSeconds('83')).toEqual({ value: 83 });
    expect(readSeconds('12.5s')).toEqual({ value: 12.5 });
    expect(readSeconds('1:23')).toEqual({ value: 83 });
    expect(readSeconds('0:01:23')).toEqual({ value: 83 });
    expect(readSeconds('soon')).toHaveProperty('problem');
  });

  it('reads rates from 0 to 1 and percentages', () => {
    expect(readRate('0.45', false)).toEqual({ value: 0.45 });
    expect(readRate('45%', false)).toEqual({ value: 0.45 });
    expect(readRate('45', true)).toEqual({ value: 0.45 });
    expect(readRate('1.5', false)).toHaveProperty('problem');
    expect(readRate('101', true)).toHaveProperty('problem');
  });

  it('reads dates to YYYY-MM-DD and refuses impossible ones', () => {
    expect(readDate('2026-12-04')).toEqual({ value: '2026-12-04' });
    expect(readDate('2026-12-04T23:59:00Z')).toEqual({ value: '2026-12-04' });
    expect(readDate('2026/1/9')).toEqual({ value: '2026-01-09' });
    expect(readDate('Dec 4, 2026')).toEqual({ value: '2026-12-04' });
    expect(readDate('2026-02-30')).toHaveProperty('problem');
    expect(readDate('yesterday')).toHaveProperty('problem');
  });
});
