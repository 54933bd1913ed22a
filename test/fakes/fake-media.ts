import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { FFMPEG } from '../support/media-tools.js';

const run = promisify(execFile);

/** Colour of the fake Runway footage, bright so a test can tell it from a drawn gradient. */
export const FAKE_CLIP_COLOUR = { hex: '0x20c040', rgb: [32, 192, 64] as const };

/** Real small media files the fakes serve, made with ffmpeg when a fake starts. */
export interface FakeMedia {
  readonly dir: string;
  /** Runway output for `1280:720` / `720:1280`, 2 s at 24 fps (a quarter of the real size, to stay fast). */
  readonly runwayLandscape: string;
  readonly runwayPortrait: string;
  /** Synthesia output: a 9:16 presenter video with speech-like audio, 4 s (a quarter size). */
  readonly synthesiaVideo: string;
  readonly synthesiaSeconds: number;
  readonly synthesiaThumbnail: string;
  readonly srt: string;
  readonly vtt: string;
  cleanup(): Promise<void>;
}

async function ffmpeg(args: readonly string[]): Promise<void> {
  await run(FFMPEG, ['-v', 'error', '-y', ...args]);
}

/** Output options of an H.264 MP4 like the APIs serve (fast to make, streamable), then the path. */
function h264Mp4(path: string, extra: readonly string[] = []): string[] {
  return [
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...extra,
    '-movflags',
    '+faststart',
    path,
  ];
}

/** A solid-colour clip with a moving box (so frames differ), H.264 like Runway's MP4 output. */
async function makeClip(path: string, width: number, height: number, seconds: number): Promise<void> {
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `color=c=${FAKE_CLIP_COLOUR.hex}:size=${width}x${height}:rate=24:duration=${seconds}`,
    '-vf',
    `drawbox=x='mod(t*40,${width})':y=0:w=8:h=8:color=white:t=fill`,
    ...h264Mp4(path),
  ]);
}

export async function makeFakeMedia(): Promise<FakeMedia> {
  const dir = await mkdtemp(join(tmpdir(), 'reelforge-fake-media-'));
  const runwayLandscape = join(dir, 'runway-1280x720.mp4');
  const runwayPortrait = join(dir, 'runway-720x1280.mp4');
  const synthesiaVideo = join(dir, 'synthesia.mp4');
  const synthesiaThumbnail = join(dir, 'synthesia.jpg');
  const synthesiaSeconds = 4;
  await Promise.all([
    makeClip(runwayLandscape, 320, 180, 2),
    makeClip(runwayPortrait, 180, 320, 2),
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      `color=c=0x334455:size=270x480:rate=25:duration=${synthesiaSeconds}`,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=220:duration=${synthesiaSeconds}`,
      ...h264Mp4(synthesiaVideo, ['-c:a', 'aac', '-shortest']),
    ]),
    ffmpeg(['-f', 'lavfi', '-i', 'color=c=0x334455:size=270x480', '-frames:v', '1', synthesiaThumbnail]),
  ]);
  const srt = '1\n00:00:00,000 --> 00:00:04,000\nHello from the presenter.\n';
  const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nHello from the presenter.\n';
  return {
    dir,
    runwayLandscape,
    runwayPortrait,
    synthesiaVideo,
    synthesiaSeconds,
    synthesiaThumbnail,
    srt,
    vtt,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
