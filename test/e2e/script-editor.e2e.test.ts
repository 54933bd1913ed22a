// The new user's walk of issue #18 ("Done when") and the script editor (item 3), end to end: the
// built UI in Chromium against the real backend (loopback server, SQLite, the import's parsers,
// FFmpeg, Remotion). A new user drops good and bad files, the bad ones open in the editor at their
// first problem, they are fixed in the raw view and in the form until the import's own validation
// passes, the preview follows, the fix is saved; the script renders with FFmpeg (draft) and with
// Remotion, and a frame of each preview matches the same frame of its render; History finds the
// renders by words of the hook; a render is cancelled, retried and played from the queue.
// Screenshots go to docs/screenshots (editor, preview-vs-render, history-details, queue-cancelled).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoJob } from '../../src/main/application/job.js';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import {
  expectFramesMatch,
  ffmpegPreviewAndRender,
  remotionPreviewAndRender,
  restingSeconds,
} from '../preview/support/preview-frames.js';
import { makeTempDir } from '../support/temp-dir.js';
import { etaSeconds, sampleQueueRow } from './support/queue-row-samples.js';
import { chromiumMissingReason } from './support/chromium.js';
import { createFileTransfer, dropTransfer } from './support/drop-files.js';
import { BROKEN_SCRIPT, FOCUS_SCRIPT } from './support/scripts.js';
import { useWebAppPage } from './support/web-app-harness.js';
import { docScreenshotsDir } from '../support/doc-screenshots.js';

const DOC_SCREENSHOTS = docScreenshotsDir();
const POLL = { timeout: 30_000, interval: 100 } as const;

/** A JSON script whose second point is empty: the form shows the problem at that point. */
const BAD_JSON = {
  name: 'gaps.json',
  type: 'application/json',
  content: JSON.stringify(
    {
      channel: 'water',
      topic: 'Evening wind-down',
      hook: 'Sleep starts an hour before bed.',
      main_points: ['Dim the lights at nine.', ''],
      call_to_action: 'Follow for calmer evenings.',
    },
    null,
    2,
  ),
};

/**
 * The fixed script's scenes (fire) at 2 s, the channel's minimum, instead of 2.8, 2 and 2.8 s:
 * 180 frames for Remotion instead of 230. Its hook is compared at rest as before (from 0.9 s into
 * the scene, the player stopped by 1.6 s; the FFmpeg look at 1.2 s, fire's entrance taking 0.55 s).
 */
const FIRE_SCENES = { channels: { fire: { rules: { max_scene_seconds: 2 } } } };

/** The page-side textarea (the Node typings here have no DOM lib). */
interface TextArea {
  readonly value: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

const missing = chromiumMissingReason();
if (missing) console.warn(`[e2e] script editor test skipped: ${missing}`);

describe.skipIf(missing !== undefined)('script editor in Chromium against the real backend', () => {
  const web = useWebAppPage({
    width: 1280,
    height: 900,
    timeoutMs: 20_000,
    beforeStart: async () => ({ config: FIRE_SCENES }),
    prepare: async () => {
      mkdirSync(DOC_SCREENSHOTS, { recursive: true });
    },
    ready: (page) => page.getByTestId('library-empty').waitFor(),
  });
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });
  const pageErrors = web.pageErrors;
  /** Frames compared between preview and render (kept out of docs/screenshots). */
  const frames = makeTempDir('reelforge-editor-frames-');
  const framesDir = frames.path;
  afterAll(() => frames.cleanup());

  const running = (): WebApp => web.app;
  const libraryEntry = (name: string): Locator =>
    page.getByTestId('library-entry').filter({ has: page.getByRole('button', { name: `Open ${name}` }) });
  const storedContent = (name: string): string | undefined => {
    const library = running().runtime.library;
    const entry = library.list().find((e) => e.name === name);
    return entry ? library.source(entry.id)?.content : undefined;
  };

  /** Saves the window as docs/screenshots/<name>.png, without notifications over it. */
  const screenshot = async (name: string): Promise<void> => {
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    for (let left = 20; left > 0 && (await dismiss.count()) > 0; left -= 1)
      await dismiss
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(DOC_SCREENSHOTS, `${name}.png`) });
  };

  it('drops good and bad files; a bad Markdown script opens in the raw view at its first problem', async () => {
    const transfer = await createFileTransfer(page, [FOCUS_SCRIPT, BROKEN_SCRIPT, BAD_JSON]);
    await dropTransfer(page, '[data-testid=drop-zone]', transfer);
    await transfer.dispose();
    await expect.poll(() => page.getByTestId('library-entry').count(), POLL).toBe(3);
    expect(await libraryEntry(BROKEN_SCRIPT.name).getAttribute('data-status')).toBe('invalid');

    await page.getByRole('button', { name: `Open ${BROKEN_SCRIPT.name}`, exact: true }).click();
    const raw = page.getByTestId('editor-raw');
    await raw.waitFor();
    // The first problem is the empty hook, reported at line 5 ("## Hook"): that line is selected.
    const lineFive = BROKEN_SCRIPT.content.split('\n').slice(0, 4).join('\n').length + 1;
    await expect
      .poll(() => raw.evaluate((area) => (area as unknown as TextArea).selectionStart), POLL)
      .toBe(lineFive);
    await expect.poll(() => page.getByTestId('editor-status').textContent(), POLL).toMatch(/2 problems/);
    expect(await page.getByTestId('editor-no-preview').isVisible()).toBe(true);
  });

  it('fixing the raw text passes the import’s validation, the preview appears, and Save stores it', async () => {
    const fixed =
      BROKEN_SCRIPT.content.replace('## Hook\n\n', '## Hook\n\nVolcanoes build new land every year.\n\n') +
      '\n## CTA\n\nFollow for more wild earth facts.\n';
    await page.getByTestId('editor-raw').fill(fixed);
    await expect.poll(() => page.getByTestId('editor-status').textContent(), POLL).toMatch(/^Valid/);
    await page.locator('.script-editor .script-preview').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => storedContent(BROKEN_SCRIPT.name), POLL).toBe(fixed);
    await expect.poll(() => page.getByTestId('editor-status').textContent(), POLL).toBe('Valid');
  });

  it('a JSON script is fixed in the form: the problem shows at its point, undo brings it back', async () => {
    await page.getByRole('button', { name: '← Library' }).click();
    await page.getByRole('button', { name: `Open ${BAD_JSON.name}`, exact: true }).click();
    const point = page.getByTestId('editor-point').nth(1);
    // Opened at the first problem: the empty second point has the focus and says why.
    await expect
      .poll(
        () =>
          point.evaluate(
            (el) =>
              el ===
              (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
          ),
        POLL,
      )
      .toBe(true);
    await expect.poll(() => page.getByTestId('field-problem').first().textContent(), POLL).toMatch(/empty/);

    await point.fill('Read paper, not a screen.');
    await expect.poll(() => page.getByTestId('editor-status').textContent(), POLL).toMatch(/^Valid/);
    await page.getByRole('button', { name: 'Add a point' }).click();
    await page.getByTestId('editor-point').nth(2).fill('Keep the room cool.');
    await page.getByRole('button', { name: 'Move point 3 up' }).click();
    await page.locator('.script-editor .script-preview').waitFor();
    await expect.poll(() => page.getByTestId('editor-status').textContent(), POLL).toMatch(/^Valid/);
    await screenshot('editor');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() =>
        page
          .getByTestId('editor-point')
          .evaluateAll((els) => els.map((e) => (e as unknown as TextArea).value)),
      )
      .toEqual(['Dim the lights at nine.', 'Read paper, not a screen.', 'Keep the room cool.']);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => JSON.parse(storedContent(BAD_JSON.name) ?? '{}').main_points as unknown, POLL)
      .toEqual(['Dim the lights at nine.', 'Read paper, not a screen.', 'Keep the room cool.']);
    await page.getByRole('button', { name: '← Library' }).click();
    await expect.poll(() => libraryEntry(BAD_JSON.name).getAttribute('data-status'), POLL).toBe('valid');
  });

  it('the fixed script renders with FFmpeg', async () => {
    await page.getByRole('button', { name: `Open ${BROKEN_SCRIPT.name}`, exact: true }).click();
    const form = page.getByTestId('script-detail');
    const button = form.getByTestId('render-button');
    await expect.poll(() => button.isEnabled(), POLL).toBe(true);
    await expect.poll(() => form.getByTestId('render-provider').inputValue(), POLL).toBe('ffmpeg');
    await form.getByTestId('render-quality').selectOption('draft');
    await button.click();
    await page.getByTestId('queue-view').waitFor();
    const samples = await sampleQueueRow(page.getByTestId('queue-row'), 120_000);
    expect(
      running()
        .runtime.service.listJobs()
        .map((job) => job.status),
    ).toEqual(['completed']);
    // Elapsed time as the progress arrives: never "0.0 s" once the render has moved (read 0.0 s at 11 %).
    const moving = samples.filter((sample) => sample.status === 'running' && sample.percent >= 5);
    expect(moving.length).toBeGreaterThan(0);
    expect(moving.filter((sample) => sample.elapsed === 'Elapsed 0.0 s')).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  /** The one job of `provider`, read from the backend. */
  const jobOn = (provider: string): VideoJob => {
    const found = running()
      .runtime.service.listJobs()
      .filter((job) => job.options.provider === provider);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const openFixedScript = async (): Promise<void> => {
    await page.getByTestId('nav-library').click();
    await page.getByRole('button', { name: `Open ${BROKEN_SCRIPT.name}`, exact: true }).click();
    await page.getByTestId('script-detail').waitFor();
  };

  it('a frame of the preview, labelled FFmpeg, matches the same frame of the FFmpeg render', async () => {
    const job = jobOn('ffmpeg');
    await openFixedScript();
    await expect
      .poll(
        () => page.getByRole('radio', { name: 'FFmpeg (as rendered)' }).getAttribute('aria-checked'),
        POLL,
      )
      .toBe('true');
    const hook = job.timeline.scenes[0]!;
    const seconds = restingSeconds(hook, job.timeline.fps);
    const pair = await ffmpegPreviewAndRender(page, {
      video: job.result!.outputPath,
      seconds,
      fps: job.timeline.fps,
      dir: framesDir,
      label: 'ffmpeg-hook',
    });
    console.log(pair.report);
    expectFramesMatch(pair);
    // The hook's words are on both frames.
    for (const facts of [pair.preview, pair.render])
      expect(facts.text?.words.map((word) => word.text).join(' ')).toMatch(/Volcanoes/);
    await screenshot('preview');
    // For the README: the paused preview beside the render's frame at the same time.
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      join(framesDir, 'ffmpeg-hook-preview-scaled.png'),
      '-i',
      join(framesDir, 'ffmpeg-hook-render.png'),
      '-filter_complex',
      '[0:v]pad=iw+12:ih:0:0:white[left];[left][1:v]hstack=inputs=2',
      join(DOC_SCREENSHOTS, 'preview-vs-render.png'),
    ]);
  }, 60_000);

  it('renders it with Remotion (draft); a frame of the Remotion preview matches the same frame of the render', async () => {
    await openFixedScript();
    const form = page.getByTestId('script-detail');
    await expect.poll(() => form.getByTestId('render-button').isEnabled(), POLL).toBe(true);
    await expect.poll(() => form.getByTestId('render-provider').inputValue(), POLL).toBe('ffmpeg');
    await form.getByTestId('render-provider').selectOption('remotion');
    await form.getByTestId('render-quality').selectOption('draft');
    await form.getByTestId('render-button').click();
    await page.getByTestId('queue-view').waitFor();
    const remotionRow = page
      .getByTestId('queue-row')
      .filter({ has: page.locator('.tag[title=Provider]', { hasText: 'remotion' }) });
    const samples = await sampleQueueRow(remotionRow, 300_000, 250);
    const job = jobOn('remotion');
    expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
    // The ETA against the time that was really left, from the middle of the render on.
    const endMs = samples.at(-1)!.atMs;
    const estimates = samples
      .filter((sample) => sample.status === 'running' && sample.percent >= 30 && sample.percent <= 90)
      .map((sample) => [etaSeconds(sample.eta), (endMs - sample.atMs) / 1000] as const)
      .filter(([eta]) => eta !== undefined);
    const report = `ETA shown, time really left (s): ${JSON.stringify(estimates.map(([eta, left]) => [eta, Number(left.toFixed(1))]))}`;
    console.log(`[e2e] Remotion ${report}`);
    // The row shows an ETA all through the render. How close it is depends on the machine's load
    // while the suite runs, so it is reported, not asserted (the recent-pace estimate itself is
    // unit-tested); on a quiet run it was off by 41 % of the time left, the old average pace 89 %.
    expect(estimates.length, report).toBeGreaterThan(5);

    await openFixedScript();
    await expect.poll(() => form.getByTestId('render-button').isEnabled(), POLL).toBe(true);
    await form.getByTestId('render-provider').selectOption('remotion');
    await expect
      .poll(
        () => page.getByRole('radio', { name: 'Remotion (as rendered)' }).getAttribute('aria-checked'),
        POLL,
      )
      .toBe('true');
    await page.getByTestId('remotion-preview').waitFor({ timeout: 15_000 });
    const pair = await remotionPreviewAndRender(page, {
      video: job.result!.outputPath,
      scene: job.timeline.scenes[0]!,
      fps: job.timeline.fps,
      dir: framesDir,
      label: 'remotion-hook',
    });
    console.log(pair.report);
    expectFramesMatch(pair);
    expect(pageErrors).toEqual([]);
  }, 420_000);

  it('history finds the renders by words of the edited hook; their details show the whole scenes table', async () => {
    await page.getByTestId('nav-history').click();
    await page.getByTestId('history-view').waitFor();
    // Words of the hook written in the editor, neither in the topic nor in the file name.
    await page.getByTestId('history-search').fill('new land every');
    await expect.poll(() => page.getByTestId('history-item').count(), POLL).toBe(2);
    await page.getByTestId('history-search').fill('land every volcano');
    await expect.poll(() => page.getByTestId('history-item').count(), POLL).toBe(0);
    await page.getByTestId('history-search').fill('new land every');
    await expect.poll(() => page.getByTestId('history-item').count(), POLL).toBe(2);
    await page.getByTestId('history-item').first().click();
    const details = page.getByTestId('history-details');
    const table = details.getByRole('table', { name: 'Scenes' });
    await table.scrollIntoViewIfNeeded();
    // Every column is inside the details panel, with nothing hidden behind a scroll bar.
    const box = (await details.boundingBox())!;
    for (const header of await table.getByRole('columnheader').all()) {
      const cell = (await header.boundingBox())!;
      expect(cell.x + cell.width, (await header.textContent()) ?? undefined).toBeLessThanOrEqual(
        box.x + box.width,
      );
    }
    const overflow = await table.evaluate((el) => {
      const scroller = (el as unknown as { parentElement: { scrollWidth: number; clientWidth: number } })
        .parentElement;
      return scroller.scrollWidth - scroller.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot('history-details');
    // Escape closes the details.
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count(), POLL).toBe(0);
  });

  it('cancels a render from the queue, retries it to the end, and plays the FFmpeg video from the queue', async () => {
    const topic = 'Half-finished idea';
    await page.getByTestId('nav-library').click();
    await page.getByRole('button', { name: `Open ${BROKEN_SCRIPT.name}`, exact: true }).click();
    const form = page.getByTestId('script-detail');
    await expect.poll(() => form.getByTestId('render-button').isEnabled(), POLL).toBe(true);
    await expect.poll(() => form.getByTestId('render-provider').inputValue(), POLL).toBe('ffmpeg');
    await form.getByTestId('render-provider').selectOption('mock');
    await form.getByTestId('render-button').click();
    await page.getByTestId('queue-view').waitFor();
    const rows = page.getByTestId('queue-row');
    const active = rows.filter({ has: page.getByRole('button', { name: `Cancel ${topic}` }) });
    const jobId = (await active.getAttribute('data-job-id'))!;
    const row = page.locator(`[data-testid=queue-row][data-job-id="${jobId}"]`);
    // Cancelled once it has shown some progress: the row keeps what it showed (43 % fell back to 29 %).
    const percent = async () => Number(await row.getByRole('progressbar').getAttribute('aria-valuenow'));
    await expect.poll(percent, POLL).toBeGreaterThan(0);
    const shown = await percent();
    await row.getByRole('button', { name: `Cancel ${topic}` }).click();
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('cancelled');
    expect(await percent()).toBeGreaterThanOrEqual(shown);
    await screenshot('queue-cancelled');
    await row.getByRole('button', { name: `Retry ${topic}` }).click();
    // A retry runs the same job again; running, it never reads "Waiting for a free slot".
    const seen: string[] = [];
    const status = async () => {
      const [now, elapsed] = await Promise.all([
        row.getAttribute('data-status'),
        row.getByTestId('queue-elapsed').textContent(),
      ]);
      seen.push(`${now}: ${elapsed}`);
      return now;
    };
    await expect.poll(status, { timeout: 60_000, interval: 50 }).toBe('completed');
    expect(seen.filter((line) => line.startsWith('running: Waiting'))).toEqual([]);
    // And it shows how long it has been running (the answer "queued" once wiped its start time).
    expect(
      seen.filter((line) => line.startsWith('running: Elapsed')).length,
      seen.join('\n'),
    ).toBeGreaterThan(0);
    expect(running().runtime.service.getJob(jobId).status).toBe('completed');
    // The FFmpeg render of the earlier step plays from its queue row.
    const ffmpegJob = running()
      .runtime.service.listJobs()
      .find((job) => job.options.provider === 'ffmpeg')!;
    const ffmpegRow = page.locator(`[data-testid=queue-row][data-job-id="${ffmpegJob.id}"]`);
    await ffmpegRow.getByRole('button', { name: `Play ${topic} in History` }).click();
    const details = page.getByTestId('history-details');
    await details.waitFor();
    await expect
      .poll(() => details.locator('video').evaluate((v) => (v as unknown as { src: string }).src), POLL)
      .toContain(`/media/job/${ffmpegJob.id}/`);
    // And it plays: the media loads from the app's server and its clock moves.
    const video = details.locator('video');
    await expect
      .poll(() => video.evaluate((v) => (v as unknown as { readyState: number }).readyState), POLL)
      .toBeGreaterThanOrEqual(1);
    await video.evaluate(async (v) => {
      const media = v as unknown as { muted: boolean; play(): Promise<void> };
      media.muted = true;
      await media.play();
    });
    await expect
      .poll(() => video.evaluate((v) => (v as unknown as { currentTime: number }).currentTime), POLL)
      .toBeGreaterThan(0.3);
    expect(await video.evaluate((v) => (v as unknown as { error: unknown }).error)).toBeNull();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
