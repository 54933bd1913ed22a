import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFfmpeg, type FfmpegRun } from '../../src/main/infrastructure/providers/ffmpeg/ffmpeg-adapter.js';
import { probeMp4 } from '../../src/main/infrastructure/providers/ffmpeg/mp4-probe.js';
import { parseProgress } from '../../src/main/infrastructure/providers/ffmpeg/progress.js';
import { FFMPEG, FFPROBE, HAS_FFMPEG } from '../support/media-tools.js';

const work = mkdtempSync(join(tmpdir(), 'rf-finish-early-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const binaries = { ffmpegPath: FFMPEG, ffprobePath: FFPROBE };

/** A part-like run: one picture looped into `frames` H.264 frames of a video-only MP4. */
function loopRun(picture: string, output: string, frames: number): FfmpegRun {
  return {
    inputs: [{ path: picture, options: ['-loop', '1', '-framerate', '30'] }],
    filterComplex: '[0:v]noise=alls=40:allf=t,format=yuv420p[v]',
    outputs: [
      {
        path: output,
        options: ['-map', '[v]', '-frames:v', String(frames), '-c:v', 'libx264', '-preset', 'veryfast'],
      },
    ],
  };
}

function packets(path: string): number {
  const out = execFileSync(FFPROBE, [
    '-v',
    'error',
    '-select_streams',
    'v',
    '-count_packets',
    '-show_entries',
    'stream=nb_read_packets',
    '-of',
    'csv=p=0',
    path,
  ]);
  return Number(out.toString().trim());
}

/** The rebalancing of parts (part-rebalance.ts) rests on these: ffmpeg stopped early leaves a playable file, counted in-process. */
describe.skipIf(!HAS_FFMPEG)('finishing an ffmpeg run early', () => {
  const picture = join(work, 'picture.png');
  execFileSync(FFMPEG, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=640x360', '-frames:v', '1', picture]);

  it('ends with a playable MP4 of the frames done so far, and mp4-probe counts them', async () => {
    const output = join(work, 'early.mp4');
    const finishEarly = new AbortController();
    const end = await runFfmpeg(binaries, loopRun(picture, output, 20_000), {
      signal: new AbortController().signal,
      finishEarly: finishEarly.signal,
      onStderrLine: (line) => {
        if ((parseProgress(line, 20_000, 30) ?? 0) * 20_000 >= 30) finishEarly.abort();
      },
    });
    expect(end).toBe('finished early');
    const probe = await probeMp4(output);
    const frames = probe.streams.find((s) => s.type === 'video')?.frames;
    expect(frames).toBeGreaterThanOrEqual(30);
    expect(frames).toBeLessThan(20_000);
    expect(frames).toBe(packets(output));
    expect(probe.durationSeconds).toBeCloseTo(frames! / 30, 1);
  }, 60_000);

  it('is a plain finish when asked after the run is done', async () => {
    const output = join(work, 'whole.mp4');
    const finishEarly = new AbortController();
    const end = await runFfmpeg(binaries, loopRun(picture, output, 12), {
      signal: new AbortController().signal,
      finishEarly: finishEarly.signal,
    });
    finishEarly.abort();
    expect(end).toBe('done');
    expect((await probeMp4(output)).streams.find((s) => s.type === 'video')?.frames).toBe(12);
  });

  it('still fails a run that fails, asked to finish early or not', async () => {
    const finishEarly = new AbortController();
    const run = loopRun(join(work, 'missing.png'), join(work, 'never.mp4'), 100);
    const ending = runFfmpeg(binaries, run, {
      signal: new AbortController().signal,
      finishEarly: finishEarly.signal,
    });
    await expect(ending).rejects.toThrow(/ffmpeg exited with code 1/);
  });
});
