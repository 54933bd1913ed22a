import { execFileSync } from 'node:child_process';
import { FFMPEG, TESSERACT } from '../support/media-tools.js';

/** A word tesseract found, with its box in the image's pixels and its confidence (0–100). */
export interface OcrWord {
  readonly text: string;
  readonly confidence: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Writes the frame at `seconds` of a video as a PNG, at the video's own size. */
export function grabFrame(video: string, seconds: number, png: string): void {
  execFileSync(FFMPEG, ['-v', 'error', '-y', '-ss', seconds.toFixed(3), '-i', video, '-frames:v', '1', png]);
}

/**
 * Every word tesseract reads in an image, with its box (tesseract's TSV output, sparse-text page
 * segmentation so lines anywhere in the frame are found).
 */
export function ocrWords(png: string): OcrWord[] {
  const tsv = execFileSync(TESSERACT, [png, '-', '--psm', '11', 'tsv'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return tsv
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 12 && cols[0] === '5' && cols[11]!.trim() !== '')
    .map((cols) => ({
      x: Number(cols[6]),
      y: Number(cols[7]),
      width: Number(cols[8]),
      height: Number(cols[9]),
      confidence: Number(cols[10]),
      text: cols[11]!.trim(),
    }));
}

/** A word read with confidence: a real word, not a speck of the background read as a letter. */
export function isConfidentWord(word: OcrWord, minConfidence = 70): boolean {
  return word.confidence >= minConfidence && /[\p{L}\d]{2,}/u.test(word.text);
}
