import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressThrottle } from './progress-throttle.js';

describe('ProgressThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first value at once and the latest held-back one when the interval has passed', () => {
    const sent: number[] = [];
    const throttle = new ProgressThrottle<number>(100, (v) => sent.push(v));
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 3]);
  });

  it('sends a forced value at once', () => {
    const sent: number[] = [];
    const throttle = new ProgressThrottle<number>(100, (v) => sent.push(v));
    throttle.push(1);
    throttle.push(2, true);
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([1, 2]);
  });

  it('drops held-back values when trailing is off, and pending ones on dispose', () => {
    const dropped: number[] = [];
    const dropping = new ProgressThrottle<number>(100, (v) => dropped.push(v), { trailing: false });
    dropping.push(1);
    dropping.push(2);
    vi.advanceTimersByTime(100);
    dropping.push(3);
    expect(dropped).toEqual([1, 3]);

    const disposed: number[] = [];
    const throttle = new ProgressThrottle<number>(100, (v) => disposed.push(v));
    throttle.push(1);
    throttle.push(2);
    throttle.dispose();
    vi.advanceTimersByTime(100);
    expect(disposed).toEqual([1]);
  });
});
