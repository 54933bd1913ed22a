// Comparing a preview frame with a render frame: both scaled to one size, then the box around the
// words tesseract reads (the text's place and size) and the mean colour (background, shapes, text).
import { execFileSync } from 'node:child_process';
import { meanRgb } from '../../support/media-tools.js';

/** The part of the frame compared, from the top. */
export const COMPARED_HEIGHT = 0.88;

/** One word tesseract read, its box normalised to the frame (0 left/top, 1 right/bottom). */
export interface Word {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Normalised to the frame: 0 at the left/top edge, 1 at the right/bottom edge. */
export interface TextBox {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly words: readonly Word[];
}

export interface FrameFacts {
  readonly text: TextBox | undefined;
  /** The box around near-white pixels (white text; backgrounds, rays and pills are coloured). */
  readonly light: Omit<Word, 'text'> | undefined;
  readonly mean: [number, number, number];
}

/** Scaled to the compared size, the part compared kept, as RGB (what the PNGs hold). */
function comparedFilter(size: { width: number; height: number }): string {
  // The bottom of the frame is left out: the Remotion player draws its controls there.
  return `scale=${size.width}:${size.height}:flags=area,crop=${size.width}:${Math.round(size.height * COMPARED_HEIGHT)}:0:0,format=rgb24`;
}

/** Bytes of one compared frame of `size` as packed RGB. */
function comparedBytes(size: { width: number; height: number }): number {
  return size.width * Math.round(size.height * COMPARED_HEIGHT) * 3;
}

/**
 * Writes `input` (an image, or a video's frame at `seconds`) as a PNG of width × height and
 * returns its pixels (packed RGB, as `rgbOf` reads the PNG): one ffmpeg for both, each start of
 * ffmpeg costing ≈ 0.2 s on the 2-core machines.
 */
export function framePng(
  input: string,
  output: string,
  size: { width: number; height: number },
  seconds?: number,
): Buffer {
  // After -i, for each output: decodes up to the exact frame shown at `seconds`.
  const at = seconds === undefined ? [] : ['-ss', String(seconds)];
  const rgb = execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-y',
      '-i',
      input,
      '-filter_complex',
      `[0:v]${comparedFilter(size)},split[png][rgb]`,
      ...['-map', '[png]', ...at, '-frames:v', '1', output],
      ...['-map', '[rgb]', ...at, '-frames:v', '1', '-f', 'rawvideo', '-'],
    ],
    { maxBuffer: comparedBytes(size) + 1024 },
  );
  if (rgb.length !== comparedBytes(size))
    throw new Error(`${input}: no frame${at.length ? ` at ${seconds} s` : ''}`);
  return rgb;
}

/** A frame written as a PNG, with its pixels (packed RGB, as `rgbOf` reads the PNG). */
export interface FramePng {
  readonly png: string;
  readonly rgb: Buffer;
}

/**
 * Writes a video's frames `first`…`last` (frame numbers from 0) as PNGs of width × height, in one
 * decode: `<prefix>-<frame>.png`. Returns them with their pixels, first to last.
 */
export function framePngs(
  video: string,
  prefix: string,
  size: { width: number; height: number },
  first: number,
  last: number,
): FramePng[] {
  const count = last - first + 1;
  const frameBytes = comparedBytes(size);
  const rgb = execFileSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-y',
      '-i',
      video,
      '-filter_complex',
      `[0:v]select='between(n\\,${first}\\,${last})',${comparedFilter(size)},split[png][rgb]`,
      ...['-map', '[png]', '-fps_mode', 'passthrough', '-start_number', String(first), `${prefix}-%d.png`],
      ...['-map', '[rgb]', '-fps_mode', 'passthrough', '-f', 'rawvideo', '-'],
    ],
    { maxBuffer: frameBytes * count + 1024 },
  );
  if (rgb.length !== frameBytes * count) throw new Error(`${video}: frames ${first}–${last} not all there`);
  return Array.from({ length: count }, (_, i) => ({
    png: `${prefix}-${first + i}.png`,
    rgb: rgb.subarray(i * frameBytes, (i + 1) * frameBytes),
  }));
}

/** A PNG's pixels as packed RGB bytes. */
export function rgbOf(png: string): Buffer {
  return execFileSync('ffmpeg', ['-v', 'error', '-i', png, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Mean absolute difference of two same-size frames' RGB bytes (see `rgbOf`), per byte (0–255). */
export function meanAbsDifference(a: Buffer, b: Buffer): number {
  if (a.length !== b.length) throw new Error(`frames of ${a.length} and ${b.length} bytes`);
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

/** What counts as a word read: tesseract's page segmentation, confidence and letters. */
export interface WordReading {
  readonly psm: number;
  readonly minConfidence: number;
  readonly word: RegExp;
}

const WHOLE_FRAME: WordReading = { psm: 3, minConfidence: 60, word: /\p{L}{2,}/u };

/**
 * Dark text on a saturated shape (the air look's call-to-action pill: navy on sky blue) is too low
 * in contrast for tesseract as drawn; as black on white (dark pixels kept, the rest cleared) it
 * reads at once. The same step is applied to both frames compared, so it cannot hide a difference.
 */
const DARK_TEXT_ONLY = "format=gray,lut=y='if(lt(val\\,110)\\,0\\,255)'";

/** The words of the frame's dark text alone (see DARK_TEXT_ONLY). */
function darkTextBoxOf(png: string, size: { width: number; height: number }): TextBox | undefined {
  const darkText = png.replace(/\.png$/, '-dark-text.png');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', png, '-vf', DARK_TEXT_ONLY, darkText]);
  return textBoxOf(darkText, size);
}

/** The words tesseract reads with confidence and the box around them all (fractions of `size`). */
export function textBoxOf(
  png: string,
  size: { width: number; height: number },
  reading: WordReading = WHOLE_FRAME,
): TextBox | undefined {
  const tsv = execFileSync('tesseract', [png, '-', '--psm', String(reading.psm), 'tsv'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const words = tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(
      (cols) =>
        cols[0] === '5' && Number(cols[10]) >= reading.minConfidence && reading.word.test(cols[11] ?? ''),
    )
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
    words: words.map((w) => ({
      text: w.text,
      left: w.left / size.width,
      top: w.top / size.height,
      right: (w.left + w.width) / size.width,
      bottom: (w.top + w.height) / size.height,
    })),
  };
}

/** Near-white: every channel at least this (text shadows and antialiasing fall below it). */
const LIGHT = 215;

function lightBoxOf(rgb: Buffer, size: { width: number; height: number }): Omit<Word, 'text'> | undefined {
  const width = size.width;
  const rows = rgb.length / 3 / width;
  let [left, top, right, bottom] = [width, rows, -1, -1];
  let count = 0;
  // Text stays inside the safe area; the edges hold the page behind a preview's rounded corners.
  const insetX = Math.round(width * 0.04);
  const insetY = Math.round(size.height * 0.04);
  for (let y = insetY; y < rows; y++) {
    for (let x = insetX; x < width - insetX; x++) {
      const i = (y * width + x) * 3;
      if (rgb[i]! >= LIGHT && rgb[i + 1]! >= LIGHT && rgb[i + 2]! >= LIGHT) {
        count += 1;
        left = Math.min(left, x);
        right = Math.max(right, x + 1);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y + 1);
      }
    }
  }
  // A few stray pixels are not text.
  if (count < 50) return undefined;
  return { left: left / width, top: top / size.height, right: right / width, bottom: bottom / size.height };
}

/**
 * Pixel facts and the words read: as drawn, or when none read so, the dark text alone. `rgb` is
 * the PNG's pixels when already at hand (`framePng`), read from it otherwise.
 */
export function frameFacts(
  png: string,
  size: { width: number; height: number },
  rgb: Buffer = rgbOf(png),
): FrameFacts {
  return { ...pixelFacts(rgb, size), text: textBoxOf(png, size) ?? darkTextBoxOf(png, size) };
}

/** The facts read from pixels alone (no OCR): the near-white text's box and the mean colour. */
export function pixelFacts(
  rgb: Buffer,
  size: { width: number; height: number },
): Omit<FrameFacts, 'text'> & { text: undefined } {
  return { text: undefined, light: lightBoxOf(rgb, size), mean: meanRgb(rgb) };
}

/**
 * The text boxes' distance (see `boxDistance`, `edgeDistance`): over the words read in both frames
 * and the near-white text's box, whichever exist in both. Infinity when neither does.
 */
export function textDistance(a: FrameFacts, b: FrameFacts): number {
  const distances: number[] = [];
  if (a.text && b.text) {
    const words = boxDistance(a.text, b.text);
    if (Number.isFinite(words)) distances.push(words);
  }
  if (a.light && b.light) distances.push(edgeDistance(a.light, b.light));
  // Text one frame has and the other has not is a difference too.
  if (Boolean(a.light) !== Boolean(b.light)) return Number.POSITIVE_INFINITY;
  return distances.length > 0 ? Math.max(...distances) : Number.POSITIVE_INFINITY;
}

/** The largest difference between two boxes' edges, as a fraction of the frame. */
export function edgeDistance(a: Omit<Word, 'text'>, b: Omit<Word, 'text'>): number {
  return Math.max(
    Math.abs(a.left - b.left),
    Math.abs(a.top - b.top),
    Math.abs(a.right - b.right),
    Math.abs(a.bottom - b.bottom),
  );
}

/**
 * How far apart the same words are in two frames: the largest edge difference over the words read
 * in both (tesseract may miss a word in one of them; a word's box shows its place and its size).
 * Infinity when no word was read in both.
 */
export function boxDistance(a: TextBox, b: TextBox): number {
  const common = a.words.filter((word) => b.words.some((other) => other.text === word.text));
  if (common.length === 0) return Number.POSITIVE_INFINITY;
  return Math.max(
    ...common.map((word) =>
      edgeDistance(
        word,
        b.words.find((w) => w.text === word.text)!,
      ),
    ),
  );
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));
}
