// Comparing a preview frame with a render frame: both scaled to one size, then the box around the
// words tesseract reads (the text's place and size) and the mean colour (background, shapes, text).
import { execFileSync } from 'node:child_process';
import { meanRgb } from '../../support/media-tools.js';

/** Normalised to the frame: 0 at the left/top edge, 1 at the right/bottom edge. */
export interface TextBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly words: readonly string[];
}

export interface FrameFacts {
  readonly text: TextBox | undefined;
  readonly mean: [number, number, number];
}

/** Writes `input` (an image, or a video's frame at `seconds`) as a PNG of width × height. */
export function framePng(
  input: string,
  output: string,
  size: { width: number; height: number },
  seconds?: number,
): void {
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    input,
    // After -i: decodes up to the exact frame shown at `seconds`.
    ...(seconds === undefined ? [] : ['-ss', String(seconds)]),
    '-frames:v',
    '1',
    '-vf',
    `scale=${size.width}:${size.height}:flags=area`,
    output,
  ]);
}

function rgbOf(png: string): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', '-i', png, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The words tesseract reads with confidence and the box around them all. */
export function textBoxOf(png: string, size: { width: number; height: number }): TextBox | undefined {
  const tsv = execFileSync('tesseract', [png, '-', '--psm', '3', 'tsv'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const words = tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols[0] === '5' && Number(cols[10]) >= 60 && /\p{L}{2,}/u.test(cols[11] ?? ''))
    .map((cols) => ({
      left: Number(cols[6]),
      top: Number(cols[7]),
      width: Number(cols[8]),
      height: Number(cols[9]),
      text: cols[11]!.trim(),
    }));
  if (words.length === 0) return undefined;
  return {
    left: Math.min(...words.map((w) => w.left)) / size.width,
    top: Math.min(...words.map((w) => w.top)) / size.height,
    right: Math.max(...words.map((w) => w.left + w.width)) / size.width,
    bottom: Math.max(...words.map((w) => w.top + w.height)) / size.height,
    words: words.map((w) => w.text),
  };
}

export function frameFacts(png: string, size: { width: number; height: number }): FrameFacts {
  return { text: textBoxOf(png, size), mean: meanRgb(rgbOf(png)) };
}

/** The largest difference between two boxes' edges, as a fraction of the frame. */
export function boxDistance(a: TextBox, b: TextBox): number {
  return Math.max(
    Math.abs(a.left - b.left),
    Math.abs(a.top - b.top),
    Math.abs(a.right - b.right),
    Math.abs(a.bottom - b.bottom),
  );
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}
