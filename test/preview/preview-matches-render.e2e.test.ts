// The preview is the render: for one script, frames at the same timestamps from the preview in
// real Chromium (the built UI against the real backend) and from the FFmpeg draft render of the
// same script have their text in the same place at the same size and the same mean colour.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoJob } from '../../src/main/application/job.js';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import { chromiumMissingReason, launchChromium } from '../e2e/support/chromium.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { templateFromChannel } from '#core/templates/builtin-templates.js';
import { ensureRendererBuilt, REPO_ROOT } from '../e2e/support/renderer-build.js';
import {
  createWebAppHarness,
  type WebAppHarness,
  closeWebApp,
  openAppPage,
} from '../e2e/support/web-app-harness.js';
import { colourDistance, frameFacts, framePng, textDistance } from './support/frame-compare.js';
import { jsonScript } from '../support/json-script.js';

const SCRIPT = jsonScript({ channel: 'fire', topic: 'Start before you feel ready' }, [
  'Motivation follows action.',
  'Set a timer for five minutes.',
  'Lay out your things tonight.',
  'Follow for a push every day.',
]);
const NAME = 'preview-match.json';

/** A user template unlike the channel's look: solid colours, hook at the top and larger, CTA at the bottom. */
const TEMPLATE = {
  ...templateFromChannel(BUILTIN_CHANNELS['fire']!),
  id: 'preview-poster',
  name: 'Preview poster',
  palette: { background: ['#1d3557'], text: '#f1faee', accent: '#e9c46a', primary: '#e63946' },
  background: { kind: 'solid' as const },
  transition: { kind: 'slide-up' as const, seconds: 0.4 },
};
TEMPLATE.roles = {
  hook: { ...TEMPLATE.roles.hook, position: 'top', size: { min: 1, max: 1.3 } },
  point: TEMPLATE.roles.point,
  cta: { ...TEMPLATE.roles.cta, position: 'bottom' },
};
const TEMPLATED_NAME = 'preview-match-template.json';
const TEMPLATED_SCRIPT = { ...SCRIPT, template: TEMPLATE.id };

/** Both frames are compared at the draft render's size. */
const SIZE = { width: 540, height: 960 };
/**
 * Tolerances. Text box edges: 3 % of the frame (a line's worth of difference in wrapping or a
 * 20 % larger font moves them several times that). Mean colour: 6 of 255 per channel (encoding
 * and scaling move it by 1–2; rays, other glows or a different text size by far more).
 */
const BOX_TOLERANCE = 0.03;
const COLOUR_TOLERANCE = 6;
/** Frames either side of the Remotion player's reported frame searched for the one on screen. */
const PLAYER_SLACK = 6;

const missing = chromiumMissingReason();

describe.skipIf(missing !== undefined)('the preview matches the render, frame by frame', () => {
  let harness: WebAppHarness | undefined;
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let ffmpegJob: VideoJob;
  let templatedJob: VideoJob;
  let framesDir: string;
  const running = (): WebApp => {
    if (!app) throw new Error('the web app is not running');
    return app;
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    harness = createWebAppHarness();
    mkdirSync(join(harness.dataDir, 'templates'));
    writeFileSync(
      join(harness.dataDir, 'templates', `${TEMPLATE.id}.json`),
      JSON.stringify(TEMPLATE, null, 2),
    );
    app = await harness.start();
    framesDir = join(harness.root, 'frames');
    mkdirSync(framesDir);
    await app.runtime.library.addFiles([
      { name: NAME, content: JSON.stringify(SCRIPT) },
      { name: TEMPLATED_NAME, content: JSON.stringify(TEMPLATED_SCRIPT) },
    ]);
    ffmpegJob = await app.runtime.service.generateVideo(
      { kind: 'text', name: NAME, content: JSON.stringify(SCRIPT) },
      { provider: 'ffmpeg', quality: 'draft' },
    );
    templatedJob = await app.runtime.service.generateVideo(
      { kind: 'text', name: TEMPLATED_NAME, content: JSON.stringify(TEMPLATED_SCRIPT) },
      { provider: 'ffmpeg', quality: 'draft' },
    );
    browser = await launchChromium();
    page = await openAppPage(browser, app, { width: 1280, height: 1000, timeoutMs: 20_000 });
    await page.getByRole('button', { name: `Open ${NAME}`, exact: true }).click();
    await page.getByTestId('script-detail').waitFor();
  }, 240_000);

  afterAll(async () => {
    // The compared frames, to look at when the test fails.
    if (harness) cpSync(framesDir, join(REPO_ROOT, 'test-results/preview-frames'), { recursive: true });
    await closeWebApp({ browser, app, harness });
  }, 60_000);

  /** Pauses the preview at `seconds` and saves its frame (without the controls) as a PNG. */
  const previewFrame = async (seconds: number, fps: number, path: string): Promise<void> => {
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
    writeFileSync(path, await preview.locator('.preview-frame').screenshot({ animations: 'disabled' }));
  };

  /** Opens a script from the library (leaving the one open, if any). */
  const openScript = async (name: string): Promise<void> => {
    const detail = page.getByTestId('script-detail');
    if (await detail.isVisible()) await detail.getByRole('button', { name: '← Library' }).click();
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    await detail.waitFor();
  };

  const compareWithFfmpegRender = async (job: VideoJob, label: string): Promise<void> => {
    expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
    await expect
      .poll(() => page.getByRole('radio', { name: 'FFmpeg (as rendered)' }).getAttribute('aria-checked'))
      .toBe('true');
    const { fps, scenes } = job.timeline;
    const report: string[] = [];
    for (const scene of scenes) {
      // Well after the entrance and before the next transition, in the middle of a frame.
      const frame = Math.round((scene.startSeconds + Math.min(1.6, scene.durationSeconds * 0.6)) * fps);
      const seconds = (frame + 0.5) / fps;
      const previewPng = join(framesDir, `${label}-preview-${scene.index}.png`);
      const previewScaled = join(framesDir, `${label}-preview-${scene.index}-scaled.png`);
      const renderPng = join(framesDir, `${label}-ffmpeg-${scene.index}.png`);
      await previewFrame(seconds, fps, previewPng);
      framePng(previewPng, previewScaled, SIZE);
      framePng(job.result!.outputPath, renderPng, SIZE, seconds);
      const preview = frameFacts(previewScaled, SIZE);
      const render = frameFacts(renderPng, SIZE);
      report.push(
        `${label} scene ${scene.index} at ${seconds.toFixed(3)} s: preview ${JSON.stringify(preview)} render ${JSON.stringify(render)}`,
      );
      console.log(report.at(-1));
      expect(textDistance(preview, render), `text boxes\n${report.join('\n')}`).toBeLessThanOrEqual(
        BOX_TOLERANCE,
      );
      expect(
        colourDistance(preview.mean, render.mean),
        `mean colour\n${report.join('\n')}`,
      ).toBeLessThanOrEqual(COLOUR_TOLERANCE);
    }
  };

  it('FFmpeg: the default preview, labelled as FFmpeg, matches its draft render at every scene', async () => {
    await compareWithFfmpegRender(ffmpegJob, 'channel');
  }, 180_000);

  it("FFmpeg with a user template: the preview follows the template's colours, positions, sizes", async () => {
    await openScript(TEMPLATED_NAME);
    await compareWithFfmpegRender(templatedJob, 'template');
  }, 180_000);

  it('Remotion with a user template: chosen in the render form, the preview is the composition and matches its draft render', async () => {
    const remotionJob = await running().runtime.service.generateVideo(
      { kind: 'text', name: TEMPLATED_NAME, content: JSON.stringify(TEMPLATED_SCRIPT) },
      { provider: 'remotion', quality: 'draft' },
    );
    await openScript(TEMPLATED_NAME);
    expect([remotionJob.status, remotionJob.error?.message]).toEqual(['completed', undefined]);
    await page.getByTestId('script-detail').getByTestId('render-provider').selectOption('remotion');
    await expect
      .poll(() => page.getByRole('radio', { name: 'Remotion (as rendered)' }).getAttribute('aria-checked'))
      .toBe('true');
    const panel = page.getByTestId('remotion-preview');
    const player = panel.locator('.remotion-preview-frame');
    const { fps, scenes } = remotionJob.timeline;
    for (const scene of scenes) {
      // The player only plays (it has no frame input): wait for the scene's resting text, then pause.
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
      const previewPng = join(framesDir, `remotion-preview-${scene.index}.png`);
      const previewScaled = join(framesDir, `remotion-preview-${scene.index}-scaled.png`);
      writeFileSync(previewPng, await player.locator('.__remotion-player').first().screenshot());
      framePng(previewPng, previewScaled, SIZE);
      const preview = frameFacts(previewScaled, SIZE);
      // The player reports its frame as it draws and stops a little after the click, so the frame on
      // screen is matched against the render's frames within ±PLAYER_SLACK of the one it reported
      // (the word highlight moves every few frames; the layout and colours must match exactly).
      let render = preview;
      let best = Number.POSITIVE_INFINITY;
      for (let f = Math.max(0, frame - PLAYER_SLACK); f <= frame + PLAYER_SLACK; f++) {
        const renderPng = join(framesDir, `remotion-${scene.index}-${f}.png`);
        framePng(remotionJob.result!.outputPath, renderPng, SIZE, (f + 0.5) / fps);
        const candidate = frameFacts(renderPng, SIZE);
        const score = textDistance(preview, candidate) + colourDistance(preview.mean, candidate.mean) / 255;
        if (score < best) [best, render] = [score, candidate];
      }
      const report = `scene ${scene.index} frame ${frame}: preview ${JSON.stringify(preview)} render ${JSON.stringify(render)}`;
      console.log(report);
      expect(textDistance(preview, render), report).toBeLessThanOrEqual(BOX_TOLERANCE);
      expect(colourDistance(preview.mean, render.mean), report).toBeLessThanOrEqual(COLOUR_TOLERANCE);
      await player.click({ position: { x: 20, y: 20 } });
      await expect.poll(() => panel.getAttribute('data-playing')).toBe('true');
    }
  }, 300_000);
});
