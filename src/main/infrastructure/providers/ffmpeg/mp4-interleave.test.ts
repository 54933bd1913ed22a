import { describe, expect, it } from 'vitest';
import { chunkTables, interleave } from './mp4-interleave.js';

/** 30 fps H.264 as x264 writes it in MP4 (timescale 15360) and 48 kHz AAC (1024 samples a frame). */
const video = (frames: number, size = 1000) => ({
  timescale: 15360,
  durations: new Array<number>(frames).fill(512),
  sizes: new Array<number>(frames).fill(size),
});
const audio = (frames: number, size = 300) => ({
  timescale: 48000,
  durations: new Array<number>(frames).fill(1024),
  sizes: new Array<number>(frames).fill(size),
});

describe('interleave', () => {
  it('alternates a second of video with the second of sound that goes with it', () => {
    // 2.5 s: 75 frames; 118 AAC frames (47, 47 and 24 starting in each second).
    const chunks = interleave([video(75), audio(118)]);
    expect(chunks.map((c) => [c.track, c.firstSample, c.samples])).toEqual([
      [0, 0, 30],
      [1, 0, 47],
      [0, 30, 30],
      [1, 47, 47],
      [0, 60, 15],
      [1, 94, 24],
    ]);
    expect(chunks[0]!.bytes).toBe(30_000);
    expect(chunks[1]!.bytes).toBe(47 * 300);
  });

  it('cuts at the decode time, whatever the sample sizes', () => {
    const sizes = [5, 1_000_000, 7, 9];
    const chunks = interleave([{ timescale: 10, durations: [4, 4, 4, 4], sizes }], 1);
    expect(chunks.map((c) => [c.firstSample, c.samples, c.bytes])).toEqual([
      [0, 3, 1_000_012],
      [3, 1, 9],
    ]);
  });

  it('lays a track out alone when the other has no samples', () => {
    const chunks = interleave([video(31), audio(0)]);
    expect(chunks.map((c) => [c.track, c.samples])).toEqual([
      [0, 30],
      [0, 1],
    ]);
  });
});

describe('chunkTables', () => {
  it("gives each track its chunks' sample counts and offsets, chunks following each other from the start", () => {
    const chunks = interleave([video(45, 100), audio(70, 10)]);
    const [v, a] = chunkTables(chunks, 2, 5000);
    expect(v).toEqual({ samplesPerChunk: [30, 15], offsets: [5000, 5000 + 3000 + 470] });
    expect(a).toEqual({ samplesPerChunk: [47, 23], offsets: [5000 + 3000, 5000 + 3000 + 470 + 1500] });
  });
});
