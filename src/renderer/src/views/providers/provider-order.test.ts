import { describe, expect, it } from 'vitest';
import { usableFirst } from './provider-order.js';

const provider = (id: string, enabled: boolean, isAvailable: boolean) => ({ id, enabled, isAvailable });

describe('usableFirst', () => {
  it('lists providers that can render now first, keeping the given order within each group', () => {
    const listed = usableFirst([
      provider('runway', true, false),
      provider('ffmpeg', true, true),
      provider('mock', false, true),
      provider('remotion', true, true),
      provider('synthesia', true, false),
    ]);
    expect(listed.map((p) => p.id)).toEqual(['ffmpeg', 'remotion', 'runway', 'mock', 'synthesia']);
  });
});
