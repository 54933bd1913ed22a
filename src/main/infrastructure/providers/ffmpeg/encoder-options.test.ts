import { describe, expect, it } from 'vitest';
import { encodeOptions, threadsFor } from './encoder-options.js';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

describe('encodeOptions', () => {
  const base = {
    fps: 30,
    totalFrames: 900,
    videoOutput: 'vout',
    audioOutput: 'aout',
    threads: { encoder: 2, filter: 2 },
  };

  it('encodes H.264 yuv420p with the quality preset and AAC, moov first', () => {
    const args = encodeOptions({ ...base, quality: 'standard' });
    expect(option(args, '-c:v')).toBe('libx264');
    expect(option(args, '-preset')).toBe('veryfast');
    expect(option(args, '-crf')).toBe('23');
    expect(option(args, '-pix_fmt')).toBe('yuv420p');
    expect(option(args, '-c:a')).toBe('aac');
    expect(option(args, '-b:a')).toBe('128k');
    expect(option(args, '-movflags')).toBe('+faststart');
    expect(option(args, '-r')).toBe('30');
    expect(option(args, '-frames:v')).toBe('900');
    expect(args.filter((a) => a === '-map')).toHaveLength(2);
    expect(args).toContain('[vout]');
  });

  it('uses the draft preset for drafts', () => {
    const args = encodeOptions({ ...base, quality: 'draft' });
    expect(option(args, '-preset')).toBe('ultrafast');
    expect(option(args, '-crf')).toBe('28');
  });
});

describe('threadsFor', () => {
  it('uses every core on small machines and leaves one free on big ones', () => {
    expect(threadsFor(1)).toEqual({ encoder: 1, filter: 1 });
    expect(threadsFor(2)).toEqual({ encoder: 2, filter: 2 });
    expect(threadsFor(4)).toEqual({ encoder: 4, filter: 2 });
    expect(threadsFor(16)).toEqual({ encoder: 15, filter: 4 });
  });
});
