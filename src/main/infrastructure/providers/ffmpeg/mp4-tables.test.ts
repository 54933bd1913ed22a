import { describe, expect, it } from 'vitest';
import { boxList } from './mp4-boxes.js';
import {
  concatSampleTables,
  readChunkOffsets,
  readCtts,
  readStss,
  readStsz,
  readStts,
  sampleOffsets,
  writeChunkOffsets,
  writeCtts,
  writeStsc,
  writeStss,
  writeStsz,
  writeStts,
} from './mp4-tables.js';

/** The body of the one box a writer made, and its type. */
function only(written: Buffer): { type: string; body: Buffer } {
  const [found, ...rest] = boxList(written);
  expect(rest).toEqual([]);
  return found!;
}

describe('concatSampleTables', () => {
  const part = (n: number, sync?: number[], offsets?: number[]) => ({
    durations: new Array<number>(n).fill(512),
    sizes: Array.from({ length: n }, (_, i) => 100 + i),
    ...(sync ? { syncSamples: sync } : {}),
    ...(offsets ? { compositionOffsets: offsets } : {}),
  });

  it("shifts each part's keyframe numbers by the samples before it", () => {
    const joined = concatSampleTables([part(75, [1, 30]), part(74, [1]), part(10, [1, 6])]);
    expect(joined.syncSamples).toEqual([1, 30, 76, 150, 155]);
    expect(joined.sizes).toHaveLength(159);
    expect(joined.sizes[75]).toBe(100);
    expect(joined.durations.reduce((a, b) => a + b, 0)).toBe(159 * 512);
  });

  it('lists every sample of a part without stss as a keyframe, and has no stss when no part has one', () => {
    expect(concatSampleTables([part(2, [1]), part(3)]).syncSamples).toEqual([1, 3, 4, 5]);
    expect(concatSampleTables([part(2), part(3)]).syncSamples).toBeUndefined();
  });

  it('keeps composition offsets in order, 0 for a part without ctts', () => {
    const joined = concatSampleTables([part(2, [1], [1024, 0]), part(2, [1])]);
    expect(joined.compositionOffsets).toEqual([1024, 0, 0, 0]);
    expect(concatSampleTables([part(1), part(1)]).compositionOffsets).toBeUndefined();
  });
});

describe('sample tables', () => {
  it('write run-length stts and ctts that read back sample by sample', () => {
    const durations = [512, 512, 512, 1024, 512];
    expect(readStts(only(writeStts(durations)).body)).toEqual(durations);
    expect(only(writeStts(durations)).body.readUInt32BE(4)).toBe(3);
    const offsets = [1024, 2048, 512, 512, 0];
    const ctts = only(writeCtts(offsets));
    expect(ctts.type).toBe('ctts');
    expect(ctts.body.readUInt8(0)).toBe(0);
    expect(readCtts(ctts.body)).toEqual(offsets);
  });

  it('write a signed (version 1) ctts only when an offset is negative', () => {
    const ctts = only(writeCtts([-512, 0, 512]));
    expect(ctts.body.readUInt8(0)).toBe(1);
    expect(readCtts(ctts.body)).toEqual([-512, 0, 512]);
  });

  it('write stss and stsz (one size for equal samples)', () => {
    expect(readStss(only(writeStss([1, 76, 151])).body)).toEqual([1, 76, 151]);
    const sizes = [13213, 6251, 6981];
    expect(readStsz(only(writeStsz(sizes)).body)).toEqual(sizes);
    const fixed = only(writeStsz([4, 4, 4]));
    expect(fixed.body.length).toBe(12);
    expect(readStsz(fixed.body)).toEqual([4, 4, 4]);
  });

  it('write stco, and co64 only when an offset passes 4 GiB', () => {
    const small = only(writeChunkOffsets([48, 0xffffffff]));
    expect(small.type).toBe('stco');
    expect(readChunkOffsets(small.body, false)).toEqual([48, 0xffffffff]);
    const big = only(writeChunkOffsets([48, 2 ** 32 + 7]));
    expect(big.type).toBe('co64');
    expect(readChunkOffsets(big.body, true)).toEqual([48, 2 ** 32 + 7]);
  });

  it('write stsc as runs of chunks holding the same number of samples', () => {
    const stsc = only(writeStsc([30, 30, 30, 15, 30]));
    expect(stsc.body.readUInt32BE(4)).toBe(3);
    const entries = Array.from({ length: 9 }, (_, i) => stsc.body.readUInt32BE(8 + i * 4));
    expect(entries).toEqual([1, 30, 1, 4, 15, 1, 5, 30, 1]);
  });

  it('place samples at their chunk offsets through stsc runs', () => {
    const sizes = [10, 20, 30, 40, 50, 60];
    const stsc = only(writeStsc([2, 2, 1, 1])).body;
    expect(sampleOffsets(stsc, [1000, 2000, 3000, 4000], sizes)).toEqual([
      1000, 1010, 2000, 2030, 3000, 4000,
    ]);
  });

  it('refuse tables that run past their box or place too few samples', () => {
    const stts = only(writeStts([512, 1024])).body;
    expect(() => readStts(stts.subarray(0, stts.length - 4))).toThrow(RangeError);
    const stsc = only(writeStsc([2])).body;
    expect(() => sampleOffsets(stsc, [0], [1, 2, 3])).toThrow(/2 of 3 samples/);
  });
});
