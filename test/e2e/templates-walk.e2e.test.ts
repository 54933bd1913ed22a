// Issue 15's "Done when" walk in the desktop UI: the built React renderer in headless Chromium
// against the real backend (loopback server, SQLite, real FFmpeg). Export a built-in template
// from the Templates view, change its colours and fonts in the file, import it under a new id,
// pick it in the render form and render a script with FFmpeg (draft): the frames are blue where
// the built-in's are red. The CLI walk is in test/templates/templates-cli.test.ts.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import { grabRgb, makeLavfiImage, meanRgb } from '../support/media-tools.js';
import { makeTempDir } from '../support/temp-dir.js';
import { chromiumMissingReason } from './support/chromium.js';
import { REPO_ROOT } from './support/renderer-build.js';
import { jobIds, useWebAppPage } from './support/web-app-harness.js';
import { jsonScript } from '../support/json-script.js';
import { docScreenshotsDir } from '../support/doc-screenshots.js';

const POLL = { timeout: 15_000, interval: 100 } as const;
const SCREENSHOTS = docScreenshotsDir();
const SCRIPT_NAME = 'fire-tip.json';
const SCRIPT = JSON.stringify(
  jsonScript({ channel: 'fire', topic: 'Start before you are ready' }, ['Start now.', 'One step.', 'Go.']),
);

/** Mean colour of a strip across the top of the frame: background only, no text. */
function topStripColour(video: string, seconds: number): [number, number, number] {
  const [width, height] = [54, 96];
  return meanRgb(grabRgb(video, seconds, width, height).subarray(0, width * 8 * 3));
}

const missing = chromiumMissingReason();
if (missing) console.warn(`[e2e] templates walk skipped: ${missing}`);

describe.skipIf(missing !== undefined)('templates walk in the desktop UI', () => {
  const web = useWebAppPage({
    width: 1280,
    height: 900,
    timeoutMs: 15_000,
    acceptDownloads: true,
    ready: (page) => page.getByTestId('library-empty').waitFor(),
  });
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });
  const pageErrors = web.pageErrors;

  const card = (id: string) =>
    page
      .getByTestId('template-card')
      .filter({ has: page.locator('code', { hasText: new RegExp(`^${id}$`) }) });

  it('exports fire, imports a recoloured copy, renders with it: the frames change colour', async () => {
    await page.getByTestId('nav-templates').click();
    await page.getByTestId('templates-view').waitFor();
    await expect.poll(() => page.getByTestId('template-card').count(), POLL).toBe(4);
    // A gallery: cards side by side in rows, each framed (unstyled, they were a bulleted column).
    const boxes = await page.getByTestId('template-card').evaluateAll((cards) =>
      cards.map((c) => {
        const el = c as unknown as { getBoundingClientRect(): { x: number; y: number } };
        const style = (
          globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }
        ).getComputedStyle(c);
        const { x, y } = el.getBoundingClientRect();
        return { x, y, border: style.borderTopStyle, bullet: style.listStyleType };
      }),
    );
    expect(boxes[1]!.y).toBeCloseTo(boxes[0]!.y, 0);
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x);
    for (const box of boxes) expect(box).toMatchObject({ border: 'solid', bullet: 'none' });

    // Export: a download of the template's JSON.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card('fire').getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('fire.json');
    const template = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ReelforgeTemplate;
    expect(template.id).toBe('fire');

    // Change colours and fonts "in the file", then import it under a new id.
    template.palette.background = ['#1040e0', '#1040e0'];
    template.palette.accent = '#22d3ee';
    template.background.kind = 'solid';
    template.fonts = { heading: 'Noto Sans Hebrew', body: 'Noto Sans Hebrew' };
    await page.getByLabel('Import as id').fill('blue-fire');
    await page.getByLabel('Import template file').setInputFiles({
      name: 'fire-edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(template, null, 2)),
    });
    await card('blue-fire').waitFor();
    expect(await card('blue-fire').textContent()).not.toContain('built in');

    // A bad file is refused naming the field, and nothing is added.
    await page.getByLabel('Import as id').fill('broken');
    await page.getByLabel('Import template file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ ...template, palette: { ...template.palette, accent: 'yellow' } }),
      ),
    });
    await expect
      .poll(() => page.getByTestId('templates-error').textContent(), POLL)
      .toContain('palette.accent: a colour as #rrggbb');
    expect(await page.getByTestId('template-card').count()).toBe(5);

    // Render a fire script twice with FFmpeg (draft): its own template, then the imported one.
    await running().runtime.handlers['library.addFiles']({ files: [{ name: SCRIPT_NAME, content: SCRIPT }] });
    const render = async (templateId: string) => {
      await page.getByTestId('nav-library').click();
      const detail = page.getByTestId('script-detail');
      if (await detail.isVisible()) await detail.getByRole('button', { name: '← Library' }).click();
      await page.getByRole('button', { name: `Open ${SCRIPT_NAME}`, exact: true }).click();
      await detail.waitFor();
      const button = detail.getByTestId('render-button');
      await expect.poll(() => button.isEnabled(), POLL).toBe(true);
      await expect.poll(() => detail.getByTestId('render-provider').inputValue(), POLL).toBe('ffmpeg');
      await expect.poll(() => detail.getByTestId('render-template').locator('option').count(), POLL).toBe(6);
      await detail.getByTestId('render-quality').selectOption('draft');
      await detail.getByTestId('render-template').selectOption(templateId);
      const before = jobIds(running());
      await button.click();
      let jobId: string | undefined;
      await expect
        .poll(() => {
          jobId = [...jobIds(running())].find((id) => !before.has(id));
          return jobId !== undefined;
        }, POLL)
        .toBe(true);
      const done = await running().runtime.service.waitForJob(jobId!);
      expect(done.status).toBe('completed');
      return done;
    };
    const fire = await render('fire');
    const blue = await render('blue-fire');
    expect(blue.timeline.style.fonts.heading).toBe('Noto Sans Hebrew');
    const fireColour = topStripColour(fire.result!.outputPath, 1);
    const blueColour = topStripColour(blue.result!.outputPath, 1);
    // Fire is red; the imported template is blue (under the FFmpeg background's glows and vignette,
    // so compared by which channel dominates).
    expect(fireColour[0]).toBeGreaterThan(fireColour[2] + 60);
    expect(blueColour[2]).toBeGreaterThan(blueColour[0] + 60);

    // The gallery's poster frames, rendered by FFmpeg in main, one per template.
    await page.getByTestId('nav-templates').click();
    await expect
      .poll(() => page.getByTestId('template-poster').count(), { timeout: 120_000, interval: 500 })
      .toBe(5);
    expect(pageErrors).toEqual([]);
  }, 300_000);

  it('edits the imported template in the app: a picture background and a font file next to it, seen in the preview and the render', async () => {
    const work = makeTempDir('reelforge-template-files-');
    const picture = join(work.path, 'meadow.png');
    makeLavfiImage(picture, 'color=c=0x20c040:s=270x480');
    await page.getByTestId('nav-templates').click();
    await card('blue-fire').getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByTestId('template-editor');
    await editor.waitFor();
    await editor.getByTestId('template-background-kind').selectOption('image');
    expect(await editor.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
    await editor.getByLabel('Choose picture…').setInputFiles(picture);
    await expect
      .poll(() => editor.getByTestId('template-background-file').textContent(), POLL)
      .toBe('blue-fire.files/meadow.png');
    await editor.getByLabel('Dim (0 none – 1 black)').fill('0.2');
    await editor.getByLabel("New font's name").fill('Poster Face');
    await editor
      .getByLabel('Add font file…')
      .setInputFiles(join(REPO_ROOT, 'resources/fonts/NotoSansCJKsc-Bold.otf'));
    await editor.locator('strong', { hasText: 'Poster Face' }).waitFor();
    await editor.getByTestId('template-heading-font').selectOption('Poster Face');
    await editor.getByTestId('template-hook-weight').selectOption('800');
    // The live preview is the FFmpeg look, with the picture it got from main.
    const preview = editor.getByTestId('ffmpeg-preview');
    await expect.poll(() => preview.getAttribute('data-background-ready'), POLL).toBe('true');
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The picture as a user sees it: the editor's top with the preview beside it, no toasts.
    // Toasts also leave on their own, so one may be gone by the time it is clicked.
    const dismiss = page.getByRole('button', { name: /^Dismiss/ });
    for (let tries = 0; tries < 10 && (await dismiss.count()) > 0; tries++) {
      await dismiss
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    }
    await editor.evaluate((element) =>
      (element as unknown as { scrollIntoView(options: object): void }).scrollIntoView({ block: 'start' }),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'template-editor.png') });
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => {
        const saved = JSON.parse(
          readFileSync(join(running().runtime.config.dataDir, 'templates/blue-fire.json'), 'utf8'),
        ) as ReelforgeTemplate;
        return [saved.background, saved.fonts.heading, saved.fonts.files, saved.roles.hook.weight];
      }, POLL)
      .toEqual([
        { kind: 'image', file: 'blue-fire.files/meadow.png', dim: 0.2 },
        'Poster Face',
        [{ family: 'Poster Face', file: 'blue-fire.files/NotoSansCJKsc-Bold.otf' }],
        800,
      ]);
    const job = await running().runtime.service.generateVideo(
      { kind: 'text', name: SCRIPT_NAME, content: SCRIPT },
      { provider: 'ffmpeg', quality: 'draft', template: 'blue-fire' },
    );
    expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
    const [r, g, b] = topStripColour(job.result!.outputPath, 1);
    // The green picture, dimmed a little: green dominates where the blue gradient was.
    expect(g).toBeGreaterThan(Math.max(r, b) + 40);
    expect(job.timeline.style.fontFiles?.map((f) => f.family)).toEqual(['Poster Face']);
    expect(pageErrors).toEqual([]);
    work.cleanup();
  }, 180_000);

  function running(): WebApp {
    return web.app;
  }
});
