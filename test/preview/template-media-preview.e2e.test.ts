// The preview is the render for a user template's own files too: a blurred, dimmed picture
// background with a font file next to the template, and a looping video background. The page
// gets the picture inside the timeline and loads the font and the video from the app's media
// server by template id; frames at the same timestamps from the FFmpeg-look preview (real
// Chromium, built UI, real backend) and from the FFmpeg draft render must match. The channel also
// has a picture in the FFmpeg provider's options (`providers.ffmpeg.backgrounds`): drawn for the
// script without a template, under both templates' own backgrounds, in the render as in the preview.
// That picture is a photo-sized file (over 1 MB); the page loads it from the app's media server by
// channel id, as the timeline's style says (never inside the timeline).
import { copyFileSync, cpSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoJob } from '../../src/main/application/job.js';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { templateFromChannel } from '#core/templates/builtin-templates.js';
import { chromiumMissingReason, launchChromium } from '../e2e/support/chromium.js';
import { ensureRendererBuilt, REPO_ROOT } from '../e2e/support/renderer-build.js';
import {
  closeWebApp,
  createWebAppHarness,
  openAppPage,
  type WebAppHarness,
} from '../e2e/support/web-app-harness.js';
import { jsonScript } from '../support/json-script.js';
import { makeFromLavfi, makeLavfiImage } from '../support/media-tools.js';
import { expectFfmpegPreviewMatchesRender } from './support/preview-frames.js';

const SCRIPT = jsonScript({ channel: 'water', topic: 'Slow mornings' }, [
  'Wake before the phone does.',
  'Drink a glass of water first.',
  'Follow for calmer days.',
]);

/** A template of the water channel with `background` and, optionally, a font file as both faces. */
function template(id: string, background: object, fontFile?: string) {
  const base = templateFromChannel(BUILTIN_CHANNELS['water']!);
  return {
    ...base,
    id,
    name: id,
    palette: { ...base.palette, text: '#ffffff' },
    background,
    transition: { kind: 'crossfade' as const, seconds: 0.3 },
    fonts: fontFile
      ? { heading: 'Poster Face', body: 'Poster Face', files: [{ family: 'Poster Face', file: fontFile }] }
      : base.fonts,
  };
}

// The font file is the shipped CJK face, whose Latin letters are narrower than Noto Sans: a
// preview that failed to load it would lay the text out wider than the render.
const PICTURE = template(
  'photo-look',
  { kind: 'image', file: 'photo-look.files/sky.png', blur: 12, dim: 0.35 },
  'photo-look.files/poster.otf',
);
const CLIP = template('clip-look', { kind: 'video', file: 'clip-look.files/loop.mp4', blur: 6, dim: 0.45 });

/** The script of the channel's own look, drawn over the FFmpeg provider's channel picture. */
const CHANNEL_PICTURE = 'channel-picture';
const SCRIPTS: Readonly<Record<string, object>> = {
  [PICTURE.id]: { ...SCRIPT, template: PICTURE.id },
  [CLIP.id]: { ...SCRIPT, template: CLIP.id },
  [CHANNEL_PICTURE]: SCRIPT,
};

const missing = chromiumMissingReason();

describe.skipIf(missing !== undefined)(
  "the preview shows a template's picture, video and font like the render",
  () => {
    let harness: WebAppHarness | undefined;
    let app: WebApp | undefined;
    let browser: Browser | undefined;
    let page: Page;
    let framesDir: string;
    const jobs: Record<string, VideoJob> = {};
    /** The page's requests for channel media: URL and status. */
    const channelMedia: { url: string; status: number }[] = [];

    beforeAll(async () => {
      ensureRendererBuilt();
      harness = createWebAppHarness();
      const templates = join(harness.dataDir, 'templates');
      mkdirSync(join(templates, 'photo-look.files'), { recursive: true });
      mkdirSync(join(templates, 'clip-look.files'));
      // A picture with large soft shapes (blur and dim change its look a lot), and a moving clip.
      makeLavfiImage(join(templates, 'photo-look.files/sky.png'), 'mandelbrot=size=270x480');
      copyFileSync(
        join(REPO_ROOT, 'resources/fonts/NotoSansCJKsc-Bold.otf'),
        join(templates, 'photo-look.files/poster.otf'),
      );
      makeFromLavfi(join(templates, 'clip-look.files/loop.mp4'), 'testsrc2=size=270x480:rate=15:d=2', [
        '-pix_fmt',
        'yuv420p',
      ]);
      for (const t of [PICTURE, CLIP])
        writeFileSync(join(templates, `${t.id}.json`), JSON.stringify(t, null, 2));
      // Bright colour bars, landscape (the cover cuts its sides): nothing like the dark gradient.
      // Stored without compression, so it is as large as a photo (the preview once skipped > 1 MB).
      const channelPicture = join(harness.root, 'water-bars.png');
      makeLavfiImage(channelPicture, 'testsrc2=size=960x540', ['-compression_level', '0']);
      expect(statSync(channelPicture).size).toBeGreaterThan(1024 * 1024);
      const config = JSON.parse(readFileSync(harness.configPath, 'utf8')) as { providers: object };
      const providers = { ...config.providers, ffmpeg: { backgrounds: { water: channelPicture } } };
      writeFileSync(harness.configPath, JSON.stringify({ ...config, providers }, null, 2));
      app = await harness.start();
      framesDir = join(harness.root, 'frames');
      mkdirSync(framesDir);
      for (const [id, script] of Object.entries(SCRIPTS)) {
        const content = JSON.stringify(script);
        await app.runtime.library.addFiles([{ name: `${id}.json`, content }]);
        jobs[id] = await app.runtime.service.generateVideo(
          { kind: 'text', name: `${id}.json`, content },
          { provider: 'ffmpeg', quality: 'draft' },
        );
      }
      browser = await launchChromium();
      page = await openAppPage(browser, app, { width: 1280, height: 1000, timeoutMs: 20_000 });
      page.on('response', (response) => {
        if (response.url().includes('/media/channel/'))
          channelMedia.push({ url: response.url(), status: response.status() });
      });
    }, 240_000);

    afterAll(async () => {
      if (harness)
        cpSync(framesDir, join(REPO_ROOT, 'test-results/template-media-frames'), { recursive: true });
      await closeWebApp({ browser, app, harness });
    }, 60_000);

    const openScript = async (id: string) => {
      const detail = page.getByTestId('script-detail');
      if (await detail.isVisible()) await detail.getByRole('button', { name: '← Library' }).click();
      await page.getByRole('button', { name: `Open ${id}.json`, exact: true }).click();
      await detail.waitFor();
    };

    const compareScenes = async (id: string) => {
      await openScript(id);
      const job = jobs[id]!;
      expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
      const preview = page.getByTestId('ffmpeg-preview');
      await expect
        .poll(() => preview.getAttribute('data-background-ready'), { timeout: 20_000 })
        .toBe('true');
      await expectFfmpegPreviewMatchesRender(page, job, framesDir, id);
    };

    it('a blurred, dimmed picture and a font file next to the template', async () => {
      await compareScenes(PICTURE.id);
    }, 180_000);

    it('a looping video background, at each scene’s own clip time', async () => {
      await compareScenes(CLIP.id);
      expect(await page.getByTestId('preview-video-differs').isVisible()).toBe(true);
    }, 180_000);

    it("the channel picture of the FFmpeg provider's options, where no template background wins", async () => {
      await compareScenes(CHANNEL_PICTURE);
      // Loaded by channel id with the file's version, from the media server.
      expect(channelMedia).toContainEqual({
        url: expect.stringMatching(/\/media\/channel\/water\/background\?token=[^&]+&v=\d+-[\d.]+$/),
        status: 200,
      });
    }, 180_000);

    it('the Remotion preview plays the same video, loaded by template id', async () => {
      await openScript(CLIP.id);
      await page.getByTestId('script-detail').getByTestId('render-provider').selectOption('remotion');
      const panel = page.getByTestId('remotion-preview');
      // Seconds, not minutes: loaded as a React.lazy component the player appeared 28–170 s after
      // choosing Remotion here, its Suspense retry restarted by every frame the FFmpeg-look
      // stand-in painted (see use-remotion-preview.ts).
      await panel.waitFor({ timeout: 15_000 });
      const video = panel.locator('video[src*="/media/template/clip-look/background"]').first();
      await expect
        .poll(() => video.evaluate((v) => (v as unknown as { readyState: number }).readyState), {
          timeout: 20_000,
        })
        .toBeGreaterThanOrEqual(2);
    }, 240_000);
  },
);
