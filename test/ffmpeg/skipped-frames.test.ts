import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoQuality } from '#core/video-quality.js';
import { encodeOptions } from '../../src/main/infrastructure/providers/ffmpeg/encoder-options.js';
import { holdFilters, type HoldLayout } from '../../src/main/infrastructure/providers/ffmpeg/hold-frames.js';
import { joinMp4 } from '../../src/main/infrastructure/providers/ffmpeg/mp4-join.js';
import { FFMPEG, HAS_FFMPEG, makeLavfiAudio, psnrPerFrame, videoFrameTimes } from '../support/media-tools.js';

/**
 * Skipped frames against the real decoder: x264 encodes a clip with its holds left out the way a
 * part does (select + forced IDR pictures), the join puts them back as skipped frames, and ffmpeg
 * must decode the result without one error, each skipped frame the very picture before its run.
 */
describe.skipIf(!HAS_FFMPEG)('skipped frames, decoded by ffmpeg', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'reelforge-skipped-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // 30 moving frames, a 40-frame hold, 30 moving, a 45-frame hold: a run inside and one at the end.
  const source =
    'testsrc2=size=540x960:rate=30,trim=end_frame=30,tpad=stop=40:stop_mode=clone,' +
    'setpts=N/(30*TB)[a];testsrc2=size=540x960:rate=30,trim=start_frame=100:end_frame=130,' +
    'setpts=N/(30*TB),tpad=stop=45:stop_mode=clone[b];[a][b]concat=n=2:v=1:a=0,format=yuv420p';
  const total = 70 + 75;
  const range = { start: 0, end: total };
  // Holds: frames 30–69 repeat frame 29, frames 100–144 repeat 99; each keeps 13 repeats.
  const dropped = [
    { start: 43, end: 70 },
    { start: 113, end: 145 },
  ];
  const layout: HoldLayout = {
    keptFrames: total - 27 - 32,
    dropped,
    runs: [
      { afterKept: 43, count: 27 },
      { afterKept: 86, count: 32 },
    ],
  };

  /** The clip's frames as lossless reference, and the held-out encode joined with its skipped frames. */
  async function encodeWithSkips(quality: VideoQuality): Promise<{ reference: string; output: string }> {
    const dir = join(work, quality);
    mkdirSync(dir, { recursive: true });
    const reference = join(dir, 'reference.mkv');
    execFileSync(FFMPEG, [
      '-v',
      'error',
      '-filter_complex',
      source,
      '-frames:v',
      String(total),
      '-c:v',
      'ffv1',
      reference,
    ]);
    const held = holdFilters(layout, range, 30)!;
    const part = join(dir, 'part.mp4');
    execFileSync(FFMPEG, [
      '-v',
      'error',
      '-i',
      reference,
      '-filter_complex',
      `[0:v]null[v];[v]${held.filters}[held]`,
      ...encodeOptions({
        quality,
        fps: 30,
        totalFrames: layout.keptFrames,
        videoOutput: 'held',
        threads: { encoder: 1, filter: 1 },
      }),
      ...held.encoderOptions,
      part,
    ]);
    const soundtrack = join(dir, 'sound.m4a');
    makeLavfiAudio(soundtrack, `anullsrc=r=48000:cl=stereo,atrim=duration=${total / 30}`, [
      '-c:a',
      'aac',
      '-f',
      'mp4',
    ]);
    const output = join(dir, 'joined.mp4');
    await joinMp4(
      { parts: [{ path: part, durationSeconds: total / 30, skippedRuns: layout.runs }], soundtrack, output },
      new AbortController().signal,
    );
    return { reference, output };
  }

  function frameHashes(path: string): string[] {
    const out = execFileSync(
      FFMPEG,
      ['-v', 'error', '-xerror', '-i', path, '-map', '0:v', '-f', 'framemd5', '-'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return out
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(',').at(-1)!.trim());
  }

  it.each(['draft', 'standard', 'high'] as const)(
    'at %s quality: every frame decodes, on the 30 fps grid, each skipped frame repeating the picture before its run',
    async (quality) => {
      const { reference, output } = await encodeWithSkips(quality);
      const hashes = frameHashes(output);
      expect(hashes).toHaveLength(total);
      for (const run of dropped) {
        for (let f = run.start; f < run.end; f += 1)
          expect(hashes[f], `frame ${f}`).toBe(hashes[run.start - 1]);
      }
      // The frames around the runs are not all one picture (the check above could not pass by accident).
      expect(hashes[dropped[0]!.end]).not.toBe(hashes[dropped[0]!.start - 1]);
      const times = videoFrameTimes(output);
      expect(times).toHaveLength(total);
      times.forEach((t, i) => expect(Math.abs(t - i / 30), `frame ${i} at ${t}`).toBeLessThan(1e-4));
      // The holds against the lossless frames: only the encoder's loss, no wrong or shifted picture
      // (testsrc2's moving frames lose far more at these bitrates, whatever is skipped).
      const psnr = psnrPerFrame(reference, output);
      for (const [start, end] of [
        [30, 70],
        [100, 145],
      ] as const) {
        expect(Math.min(...psnr.slice(start, end)), `frames ${start}–${end - 1}`).toBeGreaterThan(35);
      }
    },
  );
});
