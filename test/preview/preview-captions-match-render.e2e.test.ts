// Issue 17: the live preview shows the narration's burned-in captions as the FFmpeg render draws
// them. The built UI in Chromium previews a script with a local voice, on the timeline main
// narrates for it (espeak-ng, the speech the render will use); the FFmpeg provider renders that
// timeline with the same narration track. At the same timestamps the caption strip of both frames holds the same
// words in the same place (tesseract's boxes and the white words' box, within the tolerance the
// preview-vs-render test uses) and the same word lit in the highlight colour.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeCaptionAt, captionHighlights } from '#core/narration/active-caption.js';
import { captionHighlightColour } from '#core/narration/caption-style.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { FfmpegVideoProvider } from '../../src/main/infrastructure/providers/ffmpeg/index.js';
import { chromiumMissingReason } from '../e2e/support/chromium.js';
import { REPO_ROOT } from '../e2e/support/renderer-build.js';
import { useWebAppPage } from '../e2e/support/web-app-harness.js';
import { ffmpegSettings, makeRequest } from '../ffmpeg/fixtures.js';
import { jsonScript } from '../support/json-script.js';
import { edgeDistance, rgbOf, textBoxOf, type TextBox } from './support/frame-compare.js';
import { pauseFfmpegPreviewAt } from './support/preview-frames.js';
import { makeTempDir } from '../support/temp-dir.js';

const VOICE = 'espeak-ng:en-us';
const SCRIPT = jsonScript(
  { channel: 'fire', topic: 'Start before you feel ready' },
  ['Motivation follows action.', 'Set a timer for five minutes.', 'Lay out your things tonight.'],
  { voice: VOICE },
);
const NAME = 'spoken-preview.json';
/** Both frames are compared at the draft render's size. */
const SIZE = { width: 540, height: 960 };
/** The strip compared: the lower part of the frame, where the captions sit (scene text is higher). */
const STRIP = { top: 0.72, bottom: 0.95 };
/** The strip's sides are left out: the preview's rounded corners show the page there. */
const INSET_X = 0.04;
/** As in preview-matches-render.e2e.test.ts: text box edges within 3 % of the frame. */
const BOX_TOLERANCE = 0.03;

type Box = { left: number; top: number; right: number; bottom: number };

/** `input` (an image, or a video's frame shown at `seconds`) scaled to SIZE, the strip cut out, as PNG. */
function stripPng(input: string, output: string, seconds?: number): void {
  const top = Math.round(SIZE.height * STRIP.top);
  const height = Math.round(SIZE.height * (STRIP.bottom - STRIP.top));
  execFileSync('ffmpeg', [
    ...['-v', 'error', '-y', '-i', input],
    ...(seconds === undefined ? [] : ['-ss', String(seconds)]),
    ...[
      '-frames:v',
      '1',
      '-vf',
      `scale=${SIZE.width}:${SIZE.height}:flags=area,crop=${SIZE.width}:${height}:0:${top}`,
    ],
    output,
  ]);
}

/** The box (fractions of the frame) around the strip's pixels that `matches`; undefined under 30 of them. */
function pixelBox(png: string, matches: (r: number, g: number, b: number) => boolean): Box | undefined {
  const rgb = rgbOf(png);
  const width = SIZE.width;
  const rows = rgb.length / 3 / width;
  let [left, top, right, bottom, count] = [width, rows, -1, -1, 0];
  for (let y = 0; y < rows; y++) {
    for (let x = Math.round(width * INSET_X); x < width - Math.round(width * INSET_X); x++) {
      const i = (y * width + x) * 3;
      if (!matches(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!)) continue;
      count += 1;
      [left, right, top, bottom] = [
        Math.min(left, x),
        Math.max(right, x + 1),
        Math.min(top, y),
        Math.max(bottom, y + 1),
      ];
    }
  }
  if (count < 30) return undefined;
  return { left: left / width, right: right / width, top: top / SIZE.height, bottom: bottom / SIZE.height };
}

function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

interface StripFacts {
  readonly words: TextBox | undefined;
  /** White caption words (every channel ≥ 215). */
  readonly white: Box | undefined;
  /** The lit word, in the highlight colour. */
  readonly lit: Box | undefined;
}

/**
 * Tesseract on the strip made black-on-white (the caption's white and lit words are the bright
 * pixels) and scaled up 3×: small light words on a dark box read badly as they are. Boxes as
 * fractions of the frame.
 */
function readWords(png: string): TextBox | undefined {
  const big = png.replace(/\.png$/, '-ocr.png');
  const binarize = "scale=iw*3:ih*3:flags=lanczos,format=gray,lut=y='if(gt(val\\,140)\\,0\\,255)'";
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', png, '-vf', binarize, big]);
  return textBoxOf(
    big,
    { width: SIZE.width * 3, height: SIZE.height * 3 },
    { psm: 6, minConfidence: 50, word: /\p{L}/u },
  );
}

function stripFacts(png: string, highlight: string): StripFacts {
  const [hr, hg, hb] = hexRgb(highlight);
  return {
    words: readWords(png),
    white: pixelBox(png, (r, g, b) => r >= 215 && g >= 215 && b >= 215),
    lit: pixelBox(png, (r, g, b) => Math.abs(r - hr) + Math.abs(g - hg) + Math.abs(b - hb) < 60),
  };
}

const missing = chromiumMissingReason();

describe.skipIf(missing !== undefined)('captions in the preview match the FFmpeg render', () => {
  const files = makeTempDir('reelforge-preview-captions-');
  const framesDir = join(files.path, 'frames');
  let timeline: VideoTimeline;
  let renderPath: string;
  const web = useWebAppPage({
    width: 1280,
    height: 1000,
    timeoutMs: 20_000,
    prepare: async (app) => {
      mkdirSync(framesDir);
      const [entry] = await app.runtime.library.addFiles([{ name: NAME, content: JSON.stringify(SCRIPT) }]);
      if (!entry?.timeline || !entry.script)
        throw new Error(`${NAME} did not lay out: ${JSON.stringify(entry?.issues)}`);
      // The timeline the page is given (library.narration): the render's own, spoken by espeak-ng.
      const narrated = await app.runtime.service.narratedPreview(
        entry.script,
        entry.timeline,
        AbortSignal.timeout(60_000),
      );
      if (!narrated?.narration) throw new Error(`${NAME}: espeak-ng did not narrate the preview`);
      timeline = narrated;
      const request = { ...makeRequest(timeline, files.path, 'captions-draft'), script: entry.script };
      const result = await new FfmpegVideoProvider(ffmpegSettings()).generate(request, {
        signal: new AbortController().signal,
        onProgress: () => undefined,
      });
      renderPath = result.outputPath;
    },
    ready: async (page) => {
      await page.getByRole('button', { name: `Open ${NAME}`, exact: true }).click();
      await page.getByTestId('script-detail').waitFor();
    },
  });
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });

  afterAll(() => {
    // The compared strips, to look at when the test fails.
    cpSync(framesDir, join(REPO_ROOT, 'test-results/preview-caption-frames'), { recursive: true });
    files.cleanup();
  });

  const previewFrame = (seconds: number, path: string) =>
    pauseFfmpegPreviewAt(page, seconds, timeline.fps, path);

  it('says it is timed to the speech, and draws the same caption box, words and lit word as the render', async () => {
    await expect
      .poll(() => page.getByRole('radio', { name: 'FFmpeg (as rendered)' }).getAttribute('aria-checked'))
      .toBe('true');
    await expect
      .poll(() => page.locator('.script-preview').getAttribute('data-narration-timing'))
      .toBe('spoken');
    expect(await page.getByTestId('preview-narration-differs').innerText()).toMatch(
      /timed to the speech the render will use/,
    );
    const highlight = captionHighlightColour(timeline.style.palette.accent);
    const highlights = captionHighlights(timeline.narration!.words);
    const report: string[] = [];
    for (const scene of timeline.scenes) {
      // The middle of the second word's highlight in the scene's first phrase: a word other than the
      // first is lit. A frame shows the captions of its start time in both.
      const first = activeCaptionAt(highlights, scene.startSeconds + 0.001)!;
      const second = first.cue.words[1]!;
      const next = first.cue.words[2]?.startSeconds ?? first.cue.endSeconds;
      const frame = Math.round(((second.startSeconds + next) / 2) * timeline.fps);
      const seconds = frame / timeline.fps;
      expect(activeCaptionAt(highlights, seconds)?.wordIndex, `scene ${scene.index}`).toBe(1);
      const previewPng = join(framesDir, `preview-${scene.index}.png`);
      const previewStrip = join(framesDir, `preview-${scene.index}-strip.png`);
      const renderStrip = join(framesDir, `ffmpeg-${scene.index}-strip.png`);
      await previewFrame(seconds + 0.5 / timeline.fps, previewPng);
      stripPng(previewPng, previewStrip);
      stripPng(renderPath, renderStrip, seconds + 0.5 / timeline.fps);
      const preview = stripFacts(previewStrip, highlight);
      const render = stripFacts(renderStrip, highlight);
      const phrase = first.cue.words.map((w) => w.text.replace(/[^\p{L}]/gu, '').toLowerCase());
      const read = (facts: StripFacts) =>
        (facts.words?.words ?? []).map((w) => w.text.replace(/[^\p{L}]/gu, '').toLowerCase());
      report.push(
        `scene ${scene.index} at ${seconds.toFixed(3)} s, phrase "${phrase.join(' ')}": preview ${JSON.stringify({ ...preview, words: read(preview) })} render ${JSON.stringify({ ...render, words: read(render) })}`,
      );
      console.log(report.at(-1));
      const context = report.join('\n');
      // Both show the phrase, word for word.
      expect(read(preview), context).toEqual(phrase);
      expect(read(render), context).toEqual(phrase);
      expect(
        preview.white && render.white && edgeDistance(preview.white, render.white),
        context,
      ).toBeLessThanOrEqual(BOX_TOLERANCE);
      expect(preview.lit && render.lit && edgeDistance(preview.lit, render.lit), context).toBeLessThanOrEqual(
        BOX_TOLERANCE,
      );
      const common = (preview.words?.words ?? []).filter((w) =>
        render.words?.words.some((o) => o.text === w.text),
      );
      for (const word of common) {
        const other = render.words!.words.find((o) => o.text === word.text)!;
        expect(edgeDistance(word, other), `${word.text}\n${context}`).toBeLessThanOrEqual(BOX_TOLERANCE);
      }
    }
  }, 180_000);
});
