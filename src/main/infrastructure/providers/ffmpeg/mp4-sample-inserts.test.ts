import { describe, expect, it } from 'vitest';
import { withInserts } from './mp4-sample-inserts.js';
import { Mp4JoinRefused } from './mp4-track.js';

describe('samples inserted into a part', () => {
  // Two closed groups of I P B B (decode order), 512 ticks a frame, a B-frame delay of 1024.
  const tables = {
    durations: Array(8).fill(512),
    sizes: [100, 50, 10, 10, 100, 50, 10, 10],
    compositionOffsets: [1024, 2048, 512, 512, 1024, 2048, 512, 512],
    syncSamples: [1, 5],
  };
  const locations = tables.sizes.map((_, i) => ({ source: 0, offset: i * 1000 }));
  const run = (before: number, count: number, at = 0) => ({
    before,
    sizes: Array(count).fill(7),
    offsets: Array.from({ length: count }, (_, k) => at + 7 * k),
  });

  it('go where a group ends, shown one frame apart after its last picture', () => {
    const result = withInserts(tables, locations, [run(4, 2), run(8, 1, 14)], 9);
    expect(result.tables.sizes).toEqual([100, 50, 10, 10, 7, 7, 100, 50, 10, 10, 7]);
    expect(result.tables.durations).toEqual(Array(11).fill(512));
    // Shown: each inserted frame after the group's latest picture (P at decode 512 + 2048).
    expect(result.tables.compositionOffsets).toEqual([
      1024, 2048, 512, 512, 1024, 1024, 1024, 2048, 512, 512, 1024,
    ]);
    expect(result.tables.syncSamples).toEqual([1, 7]);
    expect(result.locations[4]).toEqual({ source: 9, offset: 0 });
    expect(result.locations[10]).toEqual({ source: 9, offset: 14 });
    expect(result.locations[6]).toEqual({ source: 0, offset: 4000 });
    // Presentation times stay on the frame grid: every tick from 1024 on, once.
    let decode = 0;
    const shown = result.tables.durations.map((d, i) => {
      const t = decode + result.tables.compositionOffsets![i]!;
      decode += d;
      return t;
    });
    expect([...shown].sort((a, b) => a - b)).toEqual(Array.from({ length: 11 }, (_, i) => 1024 + 512 * i));
  });

  it('refuse a place where later frames could refer back across them', () => {
    expect(() => withInserts(tables, locations, [run(2, 1)], 9)).toThrow(Mp4JoinRefused);
    expect(() => withInserts(tables, locations, [run(0, 1)], 9)).toThrow(Mp4JoinRefused);
    expect(() => withInserts(tables, locations, [run(9, 1)], 9)).toThrow(Mp4JoinRefused);
  });
});
