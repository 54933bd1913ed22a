// Frames of the preview in the app's page, taken the way a user would see them, and the render's
// frame they are compared with: the FFmpeg look paused at a time through its scrubber, the
// Remotion player paused inside a scene's resting text (it has no frame input, only play/pause).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { VideoScene } from '#core/timeline/video-timeline.js';
import {
  colourDistance,
  frameFacts,
  framePng,
  framePngs,
  pixelFacts,
  textDistance,
  type FrameFacts,
} from './frame-compare.js';

/** Both frames are compared at the draft render's size. */
export const COMPARED_SIZE = { width: 540, height: 960 } as const;
/**
 * Tolerances. Text box edges: 3 % of the frame (a line's worth of difference in wrapping or a
 * 20 % larger font moves them several times that). Mean colour: 6 of 255 per channel (encoding
 * and scaling move it by 1–2; rays, other glows or a different text size by far more).
 */
export const BOX_TOLERANCE = 0.03;
export const COLOUR_TOLERANCE = 6;
/** Frames either side of the Remotion player's reported frame searched for the one on screen. */
const PLAYER_SLACK = 6;
/** Of those, how many (the closest by pixels) are read by OCR to pick the one compared. */
const OCR_CANDIDATES = 3;

/** A preview frame and the render frame it is compared with, measured; `report` says both. */
export interface FramePair {
  readonly preview: FrameFacts;
  readonly render: FrameFacts;
  readonly report: string;
}

/** The time in the middle of a frame well after a scene's entrance and before the next transition. */
export function restingSeconds(scene: VideoScene, fps: number): number {
  const frame = Math.round((scene.startSeconds + Math.min(1.6, scene.durationSeconds * 0.6)) * fps);
  return (frame + 0.5) / fps;
}

/**
 * Pauses the FFmpeg-look preview at `seconds` and saves its frame (without the controls) as the
 * PNG `path`, once the frame and the preview's fonts are in.
 */
export async function pauseFfmpegPreviewAt(page: Page, seconds: number, fps: number, path: string) {
  const preview = page.locator('.script-preview .preview').first();
  const play = preview.getByTestId('preview-play');
  if ((await play.getAttribute('aria-label')) === 'Pause preview') await play.click();
  await preview.getByTestId('preview-scrubber').evaluate((input, value) => {
    // Runs in the page: sets the range the way a user's drag does, so React sees the change.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM, untyped here
    const element = input as any;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), 'value')!.set!;
    setter.call(element, String(value));
    const page = globalThis as unknown as { Event: new (type: string, init: object) => object };
    element.dispatchEvent(new page.Event('input', { bubbles: true }));
  }, seconds);
  const expectedFrame = String(Math.floor(seconds * fps + 1e-6));
  await expect.poll(() => preview.getAttribute('data-frame'), { timeout: 10_000 }).toBe(expectedFrame);
  await expect.poll(() => preview.getAttribute('data-fonts-ready'), { timeout: 10_000 }).toBe('true');
  // A template's video background is seeked to the frame's clip time and painted once there.
  const canvas = preview.getByTestId('ffmpeg-preview-canvas');
  await expect
    .poll(() => canvas.getAttribute('data-background-settled'), { timeout: 10_000 })
    .not.toBe('false');
  writeFileSync(path, await preview.locator('.preview-frame').screenshot({ animations: 'disabled' }));
}

/** The FFmpeg-look preview's frame at `seconds` and the render's frame at the same time. */
export async function ffmpegPreviewAndRender(
  page: Page,
  options: { video: string; seconds: number; fps: number; dir: string; label: string },
): Promise<FramePair> {
  const { video, seconds, fps, dir, label } = options;
  const previewPng = join(dir, `${label}-preview.png`);
  const previewScaled = join(dir, `${label}-preview-scaled.png`);
  const renderPng = join(dir, `${label}-render.png`);
  await pauseFfmpegPreviewAt(page, seconds, fps, previewPng);
  const previewRgb = framePng(previewPng, previewScaled, COMPARED_SIZE);
  const renderRgb = framePng(video, renderPng, COMPARED_SIZE, seconds);
  const preview = frameFacts(previewScaled, COMPARED_SIZE, previewRgb);
  const render = frameFacts(renderPng, COMPARED_SIZE, renderRgb);
  const report = `${label} at ${seconds.toFixed(3)} s: preview ${JSON.stringify(preview)} render ${JSON.stringify(render)}`;
  return { preview, render, report };
}

/**
 * Waits for the Remotion player (playing) to reach `scene`'s resting text, pauses it there and
 * compares what it shows with the closest of the render's frames around the one it reported: the
 * player reports its frame as it draws and stops a little after the click (the word highlight
 * moves every few frames; the layout and colours must match). The player plays on afterwards.
 */
export async function remotionPreviewAndRender(
  page: Page,
  options: { video: string; scene: VideoScene; fps: number; dir: string; label: string },
): Promise<FramePair> {
  const { video, scene, fps, dir, label } = options;
  const panel = page.getByTestId('remotion-preview');
  const player = panel.locator('.remotion-preview-frame');
  const first = Math.round((scene.startSeconds + Math.min(1.2, scene.durationSeconds * 0.45)) * fps);
  const last = Math.round((scene.startSeconds + scene.durationSeconds) * fps) - 12;
  await expect
    .poll(
      async () => {
        const frame = Number(await panel.getAttribute('data-frame'));
        return frame >= first && frame <= last - 6;
      },
      { timeout: 60_000, interval: 20 },
    )
    .toBe(true);
  await player.click({ position: { x: 20, y: 20 } });
  await page.mouse.move(0, 0);
  await expect.poll(() => panel.getAttribute('data-playing')).toBe('false');
  const frame = Number(await panel.getAttribute('data-frame'));
  expect(frame, `paused inside scene ${scene.index}'s resting text`).toBeLessThanOrEqual(last);
  const previewPng = join(dir, `${label}-preview.png`);
  const previewScaled = join(dir, `${label}-preview-scaled.png`);
  writeFileSync(previewPng, await player.locator('.__remotion-player').first().screenshot());
  const preview = frameFacts(
    previewScaled,
    COMPARED_SIZE,
    framePng(previewPng, previewScaled, COMPARED_SIZE),
  );
  // The render's frames around the reported one, decoded at once; ranked by their pixels first,
  // then the closest few read by OCR like the preview (tesseract on every candidate took 12 s).
  const score = (candidate: FrameFacts) =>
    textDistance(preview, candidate) + colourDistance(preview.mean, candidate.mean) / 255;
  const candidates = framePngs(
    video,
    join(dir, `${label}-render`),
    COMPARED_SIZE,
    Math.max(0, frame - PLAYER_SLACK),
    frame + PLAYER_SLACK,
  ).map(({ png, rgb }) => ({ png, rgb, facts: pixelFacts(rgb, COMPARED_SIZE) }));
  const previewPixels = { ...preview, text: undefined };
  const pixelScore = (facts: FrameFacts) =>
    textDistance(previewPixels, facts) + colourDistance(preview.mean, facts.mean) / 255;
  const closest = candidates
    .sort((a, b) => pixelScore(a.facts) - pixelScore(b.facts))
    .slice(0, OCR_CANDIDATES)
    .map(({ png, rgb }) => frameFacts(png, COMPARED_SIZE, rgb));
  const render = closest.reduce((best, candidate) => (score(candidate) < score(best) ? candidate : best));
  await player.click({ position: { x: 20, y: 20 } });
  await expect.poll(() => panel.getAttribute('data-playing')).toBe('true');
  const report = `${label} frame ${frame}: preview ${JSON.stringify(preview)} render ${JSON.stringify(render)}`;
  return { preview, render, report };
}

/**
 * For every scene of an FFmpeg render, the FFmpeg-look preview (already showing that script) and
 * the render at the scene's resting moment match; the reports so far go with a failure.
 */
export async function expectFfmpegPreviewMatchesRender(
  page: Page,
  job: {
    readonly timeline: { fps: number; scenes: readonly VideoScene[] };
    readonly result?: { outputPath: string };
  },
  dir: string,
  label: string,
): Promise<void> {
  const { fps, scenes } = job.timeline;
  const report: string[] = [];
  for (const scene of scenes) {
    const pair = await ffmpegPreviewAndRender(page, {
      video: job.result!.outputPath,
      seconds: restingSeconds(scene, fps),
      fps,
      dir,
      label: `${label}-${scene.index}`,
    });
    report.push(pair.report);
    console.log(pair.report);
    expectFramesMatch(pair, report.join('\n'));
  }
}

/** Both frames have their text in the same place at the same size and the same mean colour. */
export function expectFramesMatch(pair: FramePair, context = pair.report): void {
  expect(textDistance(pair.preview, pair.render), `text boxes\n${context}`).toBeLessThanOrEqual(
    BOX_TOLERANCE,
  );
  expect(colourDistance(pair.preview.mean, pair.render.mean), `mean colour\n${context}`).toBeLessThanOrEqual(
    COLOUR_TOLERANCE,
  );
}
