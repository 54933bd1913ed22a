// The preview is the render: for one script, frames at the same timestamps from the preview in
// real Chromium (the built UI against the real backend) and from the FFmpeg draft render of the
// same script have their text in the same place at the same size and the same mean colour.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
import { framePng, framePngs, meanAbsDifference } from './support/frame-compare.js';
import {
  COMPARED_SIZE,
  pauseFfmpegPreviewAt,
  expectFfmpegPreviewMatchesRender,
  expectFramesMatch,
  remotionPreviewAndRender,
} from './support/preview-frames.js';
import { jsonScript } from '../support/json-script.js';

const SCRIPT = jsonScript({ channel: 'fire', topic: 'Start before you feel ready' }, [
  'Motivation follows action.',
  'Set a timer for five minutes.',
  'Lay out your things tonight.',
  'Follow for a push every day.',
]);
const NAME = 'preview-match.json';
/**
 * The fire channel's scenes (SCRIPT's, with or without the user template) at 2 s, its own minimum:
 * 8 s for Remotion to draw and the player to play instead of 10.1 s. The hook already was 2 s, so
 * every scene keeps the resting window the hook's comparison had (text in from 0.9 s, the player
 * stopped by 1.6 s).
 */
const FIRE_SCENES = { channels: { fire: { rules: { max_scene_seconds: 2 } } } };

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
/** The other built-in templates (the fire one is SCRIPT's): each one's look, previewed and rendered. */
const BUILTIN_LOOKS = (['air', 'water', 'earth'] as const).map((channel) => ({
  channel,
  name: `preview-match-${channel}.json`,
  script: jsonScript({ channel, topic: `The ${channel} look` }, [
    'One small step today.',
    'Write the first line now.',
    'Follow for more.',
  ]),
}));
const TEMPLATED_SCRIPT = { ...SCRIPT, template: TEMPLATE.id };

/**
 * Frames in motion are compared pixel by pixel (mean difference per colour byte, 0–255): text
 * fading and moving reads badly by OCR. Encoding, scaling and the preview's rounded corners make
 * matching frames differ by ≈ 3–5; a preview frame 0.1 s (three frames) out of step with the
 * render's differs from it by more than at the same time.
 */
const MOTION_PIXEL_TOLERANCE = 6;
const MOTION_SHIFT = 0.1;

const missing = chromiumMissingReason();

describe.skipIf(missing !== undefined)('the preview matches the render, frame by frame', () => {
  let harness: WebAppHarness | undefined;
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let ffmpegJob: VideoJob;
  let templatedJob: VideoJob;
  const builtinJobs = new Map<string, VideoJob>();
  let framesDir: string;
  const running = (): WebApp => {
    if (!app) throw new Error('the web app is not running');
    return app;
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    harness = createWebAppHarness();
    const config = JSON.parse(readFileSync(harness.configPath, 'utf8')) as object;
    writeFileSync(harness.configPath, JSON.stringify({ ...config, ...FIRE_SCENES }, null, 2));
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
      ...BUILTIN_LOOKS.map(({ name, script }) => ({ name, content: JSON.stringify(script) })),
    ]);
    ffmpegJob = await app.runtime.service.generateVideo(
      { kind: 'text', name: NAME, content: JSON.stringify(SCRIPT) },
      { provider: 'ffmpeg', quality: 'draft' },
    );
    templatedJob = await app.runtime.service.generateVideo(
      { kind: 'text', name: TEMPLATED_NAME, content: JSON.stringify(TEMPLATED_SCRIPT) },
      { provider: 'ffmpeg', quality: 'draft' },
    );
    for (const { channel, name, script } of BUILTIN_LOOKS) {
      const job = await app.runtime.service.generateVideo(
        { kind: 'text', name, content: JSON.stringify(script) },
        { provider: 'ffmpeg', quality: 'draft' },
      );
      builtinJobs.set(channel, job);
    }
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
    await expectFfmpegPreviewMatchesRender(page, job, framesDir, label);
  };

  it('FFmpeg: the default preview, labelled as FFmpeg, matches its draft render at every scene', async () => {
    await compareWithFfmpegRender(ffmpegJob, 'channel');
  }, 180_000);

  it('FFmpeg, in motion: each transition and entrance frame of the preview is the render’s frame at that time', async () => {
    const { fps, scenes } = ffmpegJob.timeline;
    const shift = Math.round(MOTION_SHIFT * fps);
    const report: string[] = [];
    for (const scene of scenes.filter((s) => s.transitionIn !== undefined)) {
      // Inside the transition, with the text still arriving (every channel's entrance
      // and transition run through the first 0.5 s of a scene).
      for (const after of [0.15, 0.3]) {
        const frame = Math.round((scene.startSeconds + after) * fps);
        const label = `motion-${scene.index}-${after}`;
        const shown = join(framesDir, `${label}-preview.png`);
        const preview = join(framesDir, `${label}-preview-scaled.png`);
        await pauseFfmpegPreviewAt(page, (frame + 0.5) / fps, fps, shown);
        const shownRgb = framePng(shown, preview, COMPARED_SIZE);
        // The render's frames from `shift` before to `shift` after, in one decode.
        const renders = framePngs(
          ffmpegJob.result!.outputPath,
          join(framesDir, `${label}-render`),
          COMPARED_SIZE,
          frame - shift,
          frame + shift,
        );
        const [before, same, later] = [0, shift, 2 * shift].map((i) =>
          meanAbsDifference(shownRgb, renders[i]!.rgb),
        ) as [number, number, number];
        report.push(
          `${label} (frame ${frame}): differs from the render by ${same.toFixed(2)} at the same frame, ${before.toFixed(2)} / ${later.toFixed(2)} ${shift} frames before / after`,
        );
        const context = report.join('\n');
        expect(same, context).toBeLessThanOrEqual(MOTION_PIXEL_TOLERANCE);
        // In step with the render's motion: closer to its frame at this time than to those either side.
        expect(same, context).toBeLessThan(Math.min(before, later));
      }
    }
    console.log(report.join('\n'));
  }, 180_000);

  it("FFmpeg with a user template: the preview follows the template's colours, positions, sizes", async () => {
    await openScript(TEMPLATED_NAME);
    await compareWithFfmpegRender(templatedJob, 'template');
  }, 180_000);

  it.each(BUILTIN_LOOKS.map(({ channel, name }) => [channel, name]))(
    'FFmpeg with the built-in %s template: the preview matches its draft render at every scene',
    async (channel, name) => {
      await openScript(name);
      await compareWithFfmpegRender(builtinJobs.get(channel)!, channel);
    },
    180_000,
  );

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
    const { fps, scenes } = remotionJob.timeline;
    for (const scene of scenes) {
      const pair = await remotionPreviewAndRender(page, {
        video: remotionJob.result!.outputPath,
        scene,
        fps,
        dir: framesDir,
        label: `remotion-${scene.index}`,
      });
      console.log(pair.report);
      expectFramesMatch(pair);
    }
  }, 300_000);
});
