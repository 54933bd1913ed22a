import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { frameSizeFor } from '#core/video-quality.js';
import { FFMPEG, grabRgb, grabRgbFrames, ocr } from '../support/media-tools.js';

/** One cue of a WebVTT file as written by Reelforge (numbered, one line of text). */
export interface VttCue {
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly text: string;
}

function seconds(stamp: string): number {
  const [h, m, s] = stamp.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}

export function parseVtt(text: string): VttCue[] {
  if (!text.startsWith('WEBVTT\n')) throw new Error('not a WebVTT file');
  const cues: VttCue[] = [];
  for (const block of text.split('\n\n').slice(1)) {
    const lines = block.trim().split('\n');
    const timing = /^(\S+) --> (\S+)$/.exec(lines[1] ?? '');
    if (!timing) throw new Error(`cue without timing: ${block}`);
    cues.push({
      startSeconds: seconds(timing[1]!),
      endSeconds: seconds(timing[2]!),
      text: lines.slice(2).join(' '),
    });
  }
  return cues;
}

/** Periods of silence (below −40 dB for ≥ 0.3 s) in a file's audio. */
export function silences(path: string): { start: number; end: number }[] {
  const result = spawnSync(
    FFMPEG,
    ['-hide_banner', '-i', path, '-vn', '-af', 'silencedetect=n=-40dB:d=0.3', '-f', 'null', '-'],
    { encoding: 'utf8' },
  );
  const found: { start: number; end: number }[] = [];
  let start: number | undefined;
  for (const line of result.stderr.split('\n')) {
    const s = /silence_start: (-?[\d.]+)/.exec(line);
    if (s) start = Math.max(0, Number(s[1]));
    const e = /silence_end: ([\d.]+)/.exec(line);
    if (e && start !== undefined) {
      found.push({ start, end: Number(e[1]) });
      start = undefined;
    }
  }
  if (start !== undefined) found.push({ start, end: Number.POSITIVE_INFINITY });
  return found;
}

/** Lower-case letters and digits only, for comparing what OCR read with what was written. */
export function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Reads the word drawn in `colour` in the caption band of a frame: pixels near that colour become
 * black on white (twice the size), everything else white, and tesseract reads the result. So
 * only the highlighted word can be read, not the rest of the phrase.
 */
export function ocrColouredWord(
  video: string,
  atSeconds: number,
  frame: { width: number; height: number },
  colour: readonly [number, number, number],
  imagePath: string,
): string {
  return ocrColouredPixels(grabRgb(video, atSeconds, frame.width, frame.height), frame, colour, imagePath);
}

/** `ocrColouredWord` on a frame already decoded: packed RGB of `frame`'s size. */
function ocrColouredPixels(
  rgb: Buffer,
  frame: { width: number; height: number },
  colour: readonly [number, number, number],
  imagePath: string,
): string {
  const top = Math.round(frame.height * 0.55);
  const bottom = Math.round(frame.height * 0.85);
  const width = frame.width * 2;
  const height = (bottom - top) * 2;
  const pixels = Buffer.alloc(width * height, 255);
  for (let y = top; y < bottom; y += 1) {
    for (let x = 0; x < frame.width; x += 1) {
      const i = (y * frame.width + x) * 3;
      const distance =
        Math.abs(rgb[i]! - colour[0]) + Math.abs(rgb[i + 1]! - colour[1]) + Math.abs(rgb[i + 2]! - colour[2]);
      if (distance > 90) continue;
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const) {
        pixels[((y - top) * 2 + dy) * width + x * 2 + dx] = 0;
      }
    }
  }
  writeFileSync(imagePath, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`), pixels]));
  return ocr(imagePath);
}

/** MD5 of the decoded video frames: equal for two renders that look exactly the same. */
export function videoMd5(path: string): string {
  return execFileSync(FFMPEG, ['-v', 'error', '-i', path, '-map', '0:v', '-f', 'md5', '-'], {
    encoding: 'utf8',
  }).trim();
}

/**
 * Times (s) where speech starts in a file's audio: 5 ms frames whose level rises above −35 dBFS
 * after at least 30 ms below −45 dBFS. Only for clean speech such as a synthesized voice.
 */
export function speechOnsets(path: string): number[] {
  const rate = 16_000;
  const raw = execFileSync(
    FFMPEG,
    ['-v', 'error', '-i', path, '-vn', '-ac', '1', '-ar', String(rate), '-f', 's16le', '-'],
    {
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const samples = new Int16Array(raw.buffer, raw.byteOffset, Math.floor(raw.length / 2));
  const frame = rate / 200;
  const loud = 32768 * 10 ** (-35 / 20);
  const quiet = 32768 * 10 ** (-45 / 20);
  const onsets: number[] = [];
  let quietFrames = 6;
  for (let start = 0; start + frame <= samples.length; start += frame) {
    let sum = 0;
    for (let i = start; i < start + frame; i += 1) sum += samples[i]! * samples[i]!;
    const rms = Math.sqrt(sum / frame);
    if (rms >= loud && quietFrames >= 6) onsets.push(start / rate);
    quietFrames = rms < quiet ? quietFrames + 1 : rms >= loud ? 0 : quietFrames;
  }
  return onsets;
}

/** What `readHighlightedWords` found: how many sampled cues showed the word being spoken. */
export interface HighlightReading {
  readonly found: number;
  readonly sampled: number;
  readonly misses: string[];
}

/**
 * OCRs the accent-coloured (highlighted) word of an air-channel draft at every cue's midpoint and
 * counts those that are the word being spoken then, by the synthesizer's own word times
 * (`wordsOf(sceneText)`). Scratch images go to `scratchDir`, named after `label`.
 */
export function readHighlightedWords(options: {
  readonly video: string;
  readonly vtt: readonly VttCue[];
  readonly scenes: readonly string[];
  readonly wordsOf: (sceneText: string) => readonly { text: string; startSeconds: number }[];
  readonly scratchDir: string;
  readonly label: string;
}): HighlightReading {
  const { video, vtt } = options;
  const frame = frameSizeFor('draft', '9:16');
  const accent = BUILTIN_CHANNELS['air'].style.palette.accent;
  const colour = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16)) as [number, number, number];
  // The word being spoken at the middle of each cue is the highlighted one.
  const samples: { middle: number; spoken: string }[] = [];
  let cue = 0;
  for (const text of options.scenes) {
    const words = options.wordsOf(text);
    const sceneStart = vtt[cue]!.startSeconds - words[0]!.startSeconds;
    let word = 0;
    while (word < words.length) {
      const current = vtt[cue]!;
      const middle = (current.startSeconds + current.endSeconds) / 2;
      const spoken = words.filter((w, i) => i >= word && sceneStart + w.startSeconds <= middle).at(-1)!;
      samples.push({ middle, spoken: spoken.text });
      word += current.text.split(' ').length;
      cue += 1;
    }
  }
  // Every cue's frame in one decode (the frame grabRgb would take at that time).
  const frames = grabRgbFrames(
    video,
    samples.map((sample) => sample.middle),
    frame.width,
    frame.height,
  );
  let found = 0;
  const misses: string[] = [];
  samples.forEach(({ middle, spoken }, i) => {
    const scratch = join(options.scratchDir, `${options.label}-${i}.pgm`);
    const read = ocrColouredPixels(frames[i]!, frame, colour, scratch);
    if (read.split(/\s+/).map(bare).includes(bare(spoken))) found += 1;
    else misses.push(`${spoken} at ${middle.toFixed(2)} s → "${read.trim()}"`);
  });
  return { found, sampled: samples.length, misses };
}
