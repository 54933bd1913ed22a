import { describe, expect, it } from 'vitest';
import {
  nalUnitsOf,
  pictureHeaderOf,
  skippedFrames,
  skippedSliceData,
  streamStateAfter,
  type AvcParameters,
  type PictureHeader,
} from './h264-skipped-frames.js';

/** x264's parameters at `standard` (veryfast: CABAC, B-frames, weighted P prediction). */
const params: AvcParameters = {
  nalLengthSize: 4,
  ppsId: 0,
  log2MaxFrameNum: 4,
  pocType: 0,
  log2MaxPocLsb: 6,
  chromaArrayType: 1,
  macroblocks: 8160,
  cabac: true,
  bottomFieldPicOrderPresent: false,
  weightedPred: true,
  picInitQp: 23,
  deblockingControlPresent: true,
  redundantPicCntPresent: false,
};

const picture = (frameNum: number, pocLsb: number, reference = true, idr = false): PictureHeader => ({
  frameNum,
  pocLsb,
  reference,
  idr,
});

describe('skipped frames', () => {
  it('continue frame numbers and picture order counts after the last picture shown', () => {
    // Decode order of an IDR, then P4 B2 B1 B3 (B2 a reference, pyramid) as x264 writes them.
    const pictures = [
      picture(0, 0, true, true),
      picture(1, 8),
      picture(2, 4),
      picture(3, 2, false),
      picture(3, 6, false),
    ];
    expect(streamStateAfter(pictures, params)).toEqual({
      lastReferenceFrameNum: 2,
      lastShownPoc: 8,
      lastShownFrameNum: 1,
    });
    const frames = skippedFrames(params, streamStateAfter(pictures, params), 3);
    expect(frames.map((f) => pictureHeaderOf(f, params))).toEqual([
      picture(3, 10),
      picture(4, 12),
      picture(5, 14),
    ]);
  });

  it('follows picture order counts across the wrap of their low bits', () => {
    const pictures = [picture(0, 0, true, true)];
    for (let i = 1; i <= 40; i += 1) pictures.push(picture(i % 16, (2 * i) % 64));
    const state = streamStateAfter(pictures, params);
    expect(state.lastShownPoc).toBe(80);
    expect(state.lastReferenceFrameNum).toBe(40 % 16);
    const [next] = skippedFrames(params, state, 1);
    expect(pictureHeaderOf(next!, params)).toEqual(picture(41 % 16, 82 % 64));
  });

  it('needs the IDR picture the group starts with', () => {
    expect(() => streamStateAfter([picture(1, 2)], params)).toThrow(/no IDR/);
  });

  it('are one small non-IDR reference slice each', () => {
    const [frame] = skippedFrames(params, { lastReferenceFrameNum: 0, lastShownPoc: 0 }, 1);
    const [nal] = nalUnitsOf(frame!, 4);
    expect(nalUnitsOf(frame!, 4)).toHaveLength(1);
    expect(nal![0]! & 0x1f).toBe(1);
    expect(nal![0]! & 0x60).not.toBe(0);
    // 8160 macroblocks of one likely bin each: a few dozen bytes, not kilobytes.
    expect(frame!.length).toBeLessThan(100);
  });

  it('code every macroblock as skipped with CABAC, ending in the stop bit on a byte boundary', () => {
    const data = skippedSliceData(8160);
    expect(data.at(-1)).not.toBe(0);
    // More macroblocks take more bits, but never more than a bit or two per macroblock.
    expect(skippedSliceData(99).length).toBeLessThanOrEqual(data.length);
    expect(data.length * 8).toBeLessThan(2 * 8160);
  });

  it('write one mb_skip_run without CABAC', () => {
    const cavlc = { ...params, cabac: false, pocType: 2, weightedPred: false };
    const [frame] = skippedFrames(cavlc, { lastReferenceFrameNum: 5, lastShownPoc: 10 }, 1);
    expect(pictureHeaderOf(frame!, cavlc)).toEqual({ frameNum: 6, pocLsb: 0, reference: true, idr: false });
    expect(frame!.length).toBeLessThan(20);
  });
});
