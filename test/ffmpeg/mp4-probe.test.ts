// The FFmpeg provider checks its finished MP4 by reading the moov box itself (no ffprobe process);
// this holds that reading to ffprobe's answers on files of every shape the check must judge.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeMp4 } from '../../src/main/infrastructure/providers/ffmpeg/mp4-probe.js';
import { checkRenderedOutput } from '../../src/main/infrastructure/providers/ffmpeg/output-check.js';
import { FFMPEG, HAS_FFMPEG, probe } from '../support/media-tools.js';

const work = mkdtempSync(join(tmpdir(), 'reelforge-mp4-probe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function make(name: string, args: string[]): string {
  const path = join(work, name);
  execFileSync(FFMPEG, ['-v', 'error', '-y', ...args, path]);
  return path;
}

const video = (size: string, rate: number, seconds: number) => [
  ...['-f', 'lavfi', '-i', `testsrc2=s=${size}:r=${rate}:d=${seconds}`],
];
const sound = (seconds: number) => ['-f', 'lavfi', '-i', `sine=f=440:d=${seconds}`];

describe.skipIf(!HAS_FFMPEG)('probeMp4 reads what ffprobe reads', () => {
  const cases: Record<string, () => string> = {
    'H.264 + AAC, moov first (our renders)': () =>
      make('ours.mp4', [
        ...video('540x960', 30, 2),
        ...sound(2),
        ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac'],
        ...['-movflags', '+faststart', '-shortest'],
      ]),
    'moov at the end, 25 fps, High 4:4:4': () =>
      make('end.mp4', [
        ...video('320x240', 25, 1.2),
        ...sound(1.2),
        ...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', '-c:a', 'aac', '-shortest'],
      ]),
    'baseline profile, no audio': () =>
      make('baseline.mp4', [
        ...video('160x120', 30, 1),
        ...['-c:v', 'libx264', '-profile:v', 'baseline', '-pix_fmt', 'yuv420p'],
      ]),
    'MPEG-4 part 2 video, MP3 audio': () =>
      make('other.mp4', [...video('320x240', 30, 1), ...sound(1), '-c:v', 'mpeg4', '-c:a', 'libmp3lame']),
  };

  for (const [name, makeFile] of Object.entries(cases)) {
    it(name, async () => {
      const path = makeFile();
      const ours = await probeMp4(path);
      const theirs = probe(path);
      expect(ours.durationSeconds).toBeCloseTo(theirs.durationSeconds, 2);
      expect(ours.streams.map((s) => s.type)).toEqual(theirs.streams.map((s) => s.codec_type));
      for (const [i, stream] of theirs.streams.entries()) {
        const mine = ours.streams[i]!;
        if (stream.codec_type === 'audio') {
          expect(mine.codec === 'aac').toBe(stream.codec_name === 'aac');
          continue;
        }
        expect(mine.codec === 'h264').toBe(stream.codec_name === 'h264');
        expect([mine.width, mine.height]).toEqual([stream.width, stream.height]);
        if (stream.codec_name === 'h264') expect(mine.pixelFormat).toBe(stream.pix_fmt);
        const [num, den] = stream.r_frame_rate!.split('/').map(Number);
        expect(mine.fps).toBeCloseTo(num! / den!, 3);
      }
    });
  }

  it('the output check passes our render shape and names what is wrong with the others', async () => {
    const good = await probeMp4(join(work, 'ours.mp4'));
    expect(checkRenderedOutput(good, { width: 540, height: 960, fps: 30, durationSeconds: 2 })).toEqual([]);
    const other = await probeMp4(join(work, 'other.mp4'));
    const problems = checkRenderedOutput(other, { width: 320, height: 240, fps: 30, durationSeconds: 1 });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/video codec is .*expected h264/)]),
    );
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/audio codec is .*expected aac/)]),
    );
  });

  it('refuses a file that is not a finished MP4', async () => {
    const truncated = join(work, 'truncated.mp4');
    writeFileSync(truncated, Buffer.from([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]));
    await expect(probeMp4(truncated)).rejects.toThrow(/no moov box/);
  });
});
