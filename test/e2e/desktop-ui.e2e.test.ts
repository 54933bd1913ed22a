// The desktop UI end to end: the built React renderer in real (headless) Chromium, talking to the
// real backend through the loopback web server — SQLite history, the mock provider and real
// FFmpeg renders. One sequential story sharing one server and one browser; each step builds on
// the previous one. Screenshots of every view land in docs/screenshots/ (the README shows them)
// when REELFORGE_UPDATE_SCREENSHOTS=1, else in test-results/screenshots (doc-screenshots.ts).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoJob } from '../../src/main/application/job.js';
import type { VideoQuality } from '#core/video-quality.js';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import { chromiumMissingReason, launchChromium } from './support/chromium.js';
import { createFileTransfer, dragOver, dropTransfer } from './support/drop-files.js';
import { ensureRendererBuilt } from './support/renderer-build.js';
import { BROKEN_SCRIPT, EVENING_SCRIPT, FOCUS_SCRIPT } from './support/scripts.js';
import {
  createWebAppHarness,
  jobIds,
  MOCK_SIMULATED_SECONDS,
  type WebAppHarness,
  closeWebApp,
} from './support/web-app-harness.js';
import { docScreenshotsDir } from '../support/doc-screenshots.js';

const SCREENSHOTS = docScreenshotsDir();
const DROP_ZONE = '[data-testid=drop-zone]';
type View = 'library' | 'queue' | 'history' | 'providers' | 'settings';

/** The parts of HTMLMediaElement read in the page (the Node typings here have no DOM lib). */
interface MediaElement {
  readonly duration: number;
  readonly currentTime: number;
  readonly paused: boolean;
  readonly readyState: number;
  readonly error: { code: number; message: string } | null;
  muted: boolean;
  play(): Promise<void>;
}

interface QueryableElement {
  querySelector(selector: string): { readonly textContent: string | null } | null;
}

/** For expect.poll: generous for a busy 2-core CI machine (Vitest's own default is 1 s). */
const POLL = { timeout: 15_000, interval: 100 } as const;

const missing = chromiumMissingReason();
if (missing) console.warn(`[e2e] desktop UI test skipped: ${missing}`);

describe.skipIf(missing !== undefined)('Reelforge desktop UI in Chromium against the real backend', () => {
  let harness: WebAppHarness | undefined;
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  /** Jobs the steps create, for the later steps to find. */
  const jobs: Partial<Record<'mock' | 'ffmpeg' | 'cancelled' | 'byDefault', VideoJob>> = {};

  const running = (): WebApp => {
    if (!app) throw new Error('the web app is not running');
    return app;
  };
  const jobOf = (key: keyof typeof jobs): VideoJob => {
    const job = jobs[key];
    if (!job) throw new Error(`an earlier step did not create the "${key}" job`);
    return job;
  };
  const backendJob = (id: string): VideoJob => running().runtime.service.getJob(id);

  const show = async (view: View): Promise<void> => {
    await page.getByTestId(`nav-${view}`).click();
    // The library shows an open script in place of its list: back out of it first.
    const detail = page.getByTestId('script-detail');
    if (view === 'library' && (await detail.isVisible()))
      await detail.getByRole('button', { name: '← Library' }).click();
    await page.getByTestId(`${view}-view`).waitFor();
  };
  /** Saves the window as <screenshots>/<name>.png (doc-screenshots.ts), without notifications over it. */
  const screenshot = async (name: string): Promise<void> => {
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    // A toast may expire between count() and click(); that is fine.
    const dismissFirst = () =>
      dismiss
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
    for (let left = 20; left > 0 && (await dismiss.count()) > 0; left -= 1) await dismissFirst();
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  };
  const toast = (text: string): Locator => page.getByTestId('toast').filter({ hasText: text });
  const queueRow = (id: string): Locator => page.locator(`[data-testid=queue-row][data-job-id="${id}"]`);
  const historyItem = (id: string): Locator =>
    page.locator(`[data-testid=history-item][data-job-id="${id}"]`);
  const libraryEntry = (name: string): Locator =>
    page.getByTestId('library-entry').filter({ has: page.getByRole('button', { name: `Open ${name}` }) });

  const openScript = async (name: string): Promise<void> => {
    await show('library');
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    await page.getByTestId('script-detail').waitFor();
  };

  /**
   * Presses Render in `form` once its saved defaults have loaded (the form applies them once, so
   * a choice made earlier would be overwritten), choosing `provider` unless it is left to the
   * default. Returns the jobs the click queued, read from the backend.
   */
  const submitRenderForm = async (
    form: Locator,
    choice: { provider?: string; quality: VideoQuality },
    expectedJobs = 1,
  ): Promise<VideoJob[]> => {
    const button = form.getByTestId('render-button');
    const providerSelect = form.getByTestId('render-provider');
    await expect.poll(() => button.isEnabled(), POLL).toBe(true);
    const defaults = running().runtime.config.get().global;
    await expect.poll(() => providerSelect.inputValue(), POLL).toBe(defaults.defaultProvider);
    if (choice.provider) await providerSelect.selectOption(choice.provider);
    await form.getByTestId('render-quality').selectOption(choice.quality);
    const before = jobIds(running());
    await button.click();
    await page.getByTestId('queue-view').waitFor();
    let added: VideoJob[] = [];
    await expect
      .poll(() => {
        added = running()
          .runtime.service.listJobs()
          .filter((job) => !before.has(job.id));
        return added.length;
      }, POLL)
      .toBe(expectedJobs);
    return added;
  };

  const renderScript = async (
    name: string,
    choice: { provider?: string; quality: VideoQuality },
  ): Promise<VideoJob> => {
    await openScript(name);
    const [job] = await submitRenderForm(page.getByTestId('script-detail'), choice);
    return job!;
  };

  /** Waits for the row to reach `status`, sampling its progress bar every ~100 ms meanwhile. */
  const watchRow = async (id: string, status: string, timeout: number): Promise<number[]> => {
    const row = queueRow(id);
    const samples: number[] = [];
    await expect
      .poll(
        async () => {
          const value = await row.getByRole('progressbar').getAttribute('aria-valuenow', { timeout: 1000 });
          if (value !== null) samples.push(Number(value));
          return row.getAttribute('data-status', { timeout: 1000 });
        },
        { timeout, interval: 100 },
      )
      .toBe(status);
    return samples;
  };

  beforeAll(async () => {
    ensureRendererBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    harness = createWebAppHarness();
    app = await harness.start();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Console errors are printed, not failed on: a reconnecting socket logs one while the server restarts.
    page.on('console', (message) => {
      if (message.type() === 'error') console.warn(`[e2e] browser console: ${message.text()}`);
    });
    await page.goto(app.url);
    await page.getByTestId('library-empty').waitFor();
  }, 240_000);

  afterAll(async () => {
    await closeWebApp({ browser, app, harness });
  }, 60_000);

  it('imports two valid scripts and lists the problems of an invalid one from a real drag-and-drop', async () => {
    const transfer = await createFileTransfer(page, [FOCUS_SCRIPT, EVENING_SCRIPT, BROKEN_SCRIPT]);
    await dragOver(page, DROP_ZONE, transfer);
    await expect.poll(() => page.locator('.drop-overlay').isVisible(), POLL).toBe(true);
    await dropTransfer(page, DROP_ZONE, transfer);
    await transfer.dispose();

    await expect.poll(() => page.getByTestId('library-entry').count(), POLL).toBe(3);
    await expect.poll(() => page.locator('.drop-overlay').count(), POLL).toBe(0);
    await toast('Added 3 scripts').waitFor();
    expect(await libraryEntry(FOCUS_SCRIPT.name).getAttribute('data-status')).toBe('valid');
    expect(await libraryEntry(EVENING_SCRIPT.name).getAttribute('data-status')).toBe('valid');

    const broken = libraryEntry(BROKEN_SCRIPT.name);
    expect(await broken.getAttribute('data-status')).toBe('invalid');
    // Every problem is listed, each naming the file and line, then the field.
    const issues = await broken
      .getByTestId('entry-issue')
      .evaluateAll((items) =>
        (items as unknown as QueryableElement[]).map((item) => [
          item.querySelector('.issue-where')?.textContent,
          item.querySelector('.issue-field')?.textContent,
        ]),
      );
    expect(issues).toEqual(BROKEN_SCRIPT.expectedIssues.map((issue) => [issue.where, issue.field]));
    expect(
      await page
        .getByRole('checkbox', { name: `Select ${BROKEN_SCRIPT.name} for batch render` })
        .isDisabled(),
    ).toBe(true);

    // The backend holds the same three entries.
    const stored = running().runtime.library.list();
    expect(stored.map((entry) => [entry.name, entry.status]).sort()).toEqual(
      [
        [BROKEN_SCRIPT.name, 'invalid'],
        [EVENING_SCRIPT.name, 'valid'],
        [FOCUS_SCRIPT.name, 'valid'],
      ].sort(),
    );
  });

  it('plays the live preview of a script: the FFmpeg look by default, the Remotion player for Remotion', async () => {
    await openScript(FOCUS_SCRIPT.name);
    // The preview follows the provider the render will use: FFmpeg, the install default.
    const engine = page.getByRole('radiogroup', { name: 'Preview engine' });
    expect(
      await engine.getByRole('radio', { name: 'FFmpeg (as rendered)' }).getAttribute('aria-checked'),
    ).toBe('true');
    const ffmpegPreview = page.getByTestId('ffmpeg-preview');
    await ffmpegPreview.waitFor();
    const firstFrame = Number(await ffmpegPreview.getAttribute('data-frame'));
    await expect
      .poll(async () => Number(await ffmpegPreview.getAttribute('data-frame')), POLL)
      .toBeGreaterThan(firstFrame + 15);
    // The README's first picture: a script with the preview of what the default provider renders.
    await screenshot('library');
    const settings = await running().runtime.handlers['settings.get']({});
    if (!settings.providers['remotion']?.enabled) return;
    const form = page.getByTestId('script-detail');
    await expect.poll(() => form.getByTestId('render-button').isEnabled(), POLL).toBe(true);
    await form.getByTestId('render-provider').selectOption('remotion');
    expect(
      await engine.getByRole('radio', { name: 'Remotion (as rendered)' }).getAttribute('aria-checked'),
    ).toBe('true');
    // The player is loaded lazily (the FFmpeg look stands in meanwhile), then plays at once.
    const player = page.getByTestId('remotion-preview');
    await player.waitFor({ timeout: 15_000 });
    expect(await player.getAttribute('data-playing')).toBe('true');
    const startFrame = Number(await player.getAttribute('data-frame'));
    await expect
      .poll(async () => Number(await player.getAttribute('data-frame')), POLL)
      .toBeGreaterThan(startFrame + 15);
    // Back to the default so later steps render with it.
    await form.getByTestId('render-provider').selectOption(settings.global.defaultProvider || 'auto');
  }, 60_000);

  it('plays the quick timeline preview in real time, scrubs and pauses it', async () => {
    const quick = page.getByRole('radio', { name: 'Quick preview' });
    if ((await quick.count()) > 0) await quick.click();
    const preview = page.getByTestId('timeline-preview');
    await preview.waitFor();
    const frame = preview.getByRole('img');
    const scrubber = page.getByTestId('preview-scrubber');
    const clock = page.getByTestId('preview-time');
    expect(await frame.getAttribute('data-playing')).toBe('true');

    // Playing: the clock follows the wall clock, so its text changes within ~1–2 s.
    const firstTime = await clock.innerText();
    await expect.poll(() => clock.innerText(), { ...POLL, timeout: 5000 }).not.toBe(firstTime);
    expect(await frame.getAttribute('data-scene-index')).toBe('0');

    // Paused, the clock stands still; scrubbing moves it and shows the scene at that time.
    await page.getByTestId('preview-play').click();
    await expect.poll(() => frame.getAttribute('data-playing'), POLL).toBe('false');
    const sceneCount = await page.getByTestId('scene-row').count();
    expect(sceneCount).toBe(4); // hook, two points, call to action
    const duration = Number(await scrubber.getAttribute('max'));
    const nearEnd = duration - 0.3;
    await scrubber.fill(String(nearEnd));
    await expect.poll(() => frame.getAttribute('data-scene-index'), POLL).toBe(String(sceneCount - 1));
    expect(await clock.innerText()).toMatch(
      new RegExp(`^0:${String(Math.floor(nearEnd)).padStart(2, '0')} / `),
    );
    const pausedAt = await scrubber.inputValue();
    await page.waitForTimeout(300); // a paused clock must not move
    expect(await scrubber.inputValue()).toBe(pausedAt);

    // Playing again from there, it reaches the end and loops back to the first scene.
    await page.getByTestId('preview-play').click();
    await expect.poll(() => frame.getAttribute('data-playing'), POLL).toBe('true');
    await expect.poll(() => frame.getAttribute('data-scene-index'), { ...POLL, timeout: 5000 }).toBe('0');
    await expect.poll(async () => Number(await scrubber.inputValue()), POLL).toBeGreaterThan(0.5);
  });

  it('renders with the mock provider and with FFmpeg, the queue showing progress up to 100 %', async () => {
    const mock = await renderScript(FOCUS_SCRIPT.name, { provider: 'mock', quality: 'draft' });
    const samples = await watchRow(mock.id, 'completed', 20_000);
    // Live progress was seen on the way, and the finished row shows 100 %.
    expect(samples.some((value) => value > 0 && value < 100)).toBe(true);
    expect(await queueRow(mock.id).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    jobs.mock = backendJob(mock.id);
    expect(jobs.mock).toMatchObject({
      status: 'completed',
      providerId: 'mock',
      options: { quality: 'draft' },
      result: { mimeType: 'application/json' },
    });

    const ffmpeg = await renderScript(EVENING_SCRIPT.name, { provider: 'ffmpeg', quality: 'draft' });
    await watchRow(ffmpeg.id, 'completed', 120_000);
    expect(await queueRow(ffmpeg.id).getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    jobs.ffmpeg = backendJob(ffmpeg.id);
    expect(jobs.ffmpeg).toMatchObject({
      status: 'completed',
      providerId: 'ffmpeg',
      result: { mimeType: 'video/mp4' },
    });
    expect(existsSync(jobs.ffmpeg.result!.outputPath)).toBe(true);
    expect(jobs.ffmpeg.result!.outputPath.startsWith(harness!.videosDir)).toBe(true);
  }, 180_000);

  it('cancels a running render from the queue', async () => {
    const job = await renderScript(FOCUS_SCRIPT.name, { provider: 'mock', quality: 'draft' });
    const row = queueRow(job.id);
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('running');
    await expect.poll(() => page.getByTestId('queue-badge').innerText(), POLL).toBe('1');

    await row.getByRole('button', { name: `Cancel ${FOCUS_SCRIPT.topic}` }).click();
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('cancelled');
    await row.getByRole('button', { name: `Retry ${FOCUS_SCRIPT.topic}` }).waitFor();
    await expect.poll(() => page.getByTestId('queue-badge').count(), POLL).toBe(0);
    jobs.cancelled = backendJob(job.id);
    expect(jobs.cancelled.status).toBe('cancelled');
    expect(jobs.cancelled.result).toBeUndefined();
    await screenshot('queue');
  }, 60_000);

  it('plays the finished FFmpeg video inline in the history', async () => {
    await show('history');
    const mock = jobOf('mock');
    const ffmpeg = jobOf('ffmpeg');
    expect(await historyItem(mock.id).getAttribute('data-status')).toBe('completed');
    expect(await historyItem(jobOf('cancelled').id).getAttribute('data-status')).toBe('cancelled');

    // The mock render is a manifest, not a video.
    await historyItem(mock.id).getByRole('button').click();
    await page.getByTestId('history-manifest').waitFor();
    await page.getByTestId('history-manifest').getByRole('button', { name: 'Show here' }).click();
    await expect
      .poll(() => page.locator('.manifest-json').innerText(), POLL)
      .toContain('reelforge-render-manifest');

    await historyItem(ffmpeg.id).getByRole('button').click();
    const video = page.getByTestId('history-video');
    await video.waitFor();
    const state = () =>
      video.evaluate((element) => {
        const media = element as unknown as MediaElement;
        return {
          duration: media.duration,
          currentTime: media.currentTime,
          paused: media.paused,
          readyState: media.readyState,
          error: media.error ? `${media.error.code} ${media.error.message}` : null,
        };
      });
    await expect.poll(async () => (await state()).readyState, POLL).toBeGreaterThanOrEqual(1);
    const loaded = await state();
    expect(loaded.error).toBeNull();
    expect(Number.isFinite(loaded.duration)).toBe(true);
    expect(loaded.duration).toBeGreaterThan(0);
    expect(Math.abs(loaded.duration - ffmpeg.result!.durationSeconds)).toBeLessThan(0.5);

    await video.evaluate(async (element) => {
      const media = element as unknown as MediaElement;
      media.muted = true;
      await media.play();
    });
    await expect.poll(async () => (await state()).currentTime, POLL).toBeGreaterThan(0.5);
    const playing = await state();
    expect(playing.paused).toBe(false);
    expect(playing.error).toBeNull();
    await screenshot('history');
  }, 60_000);

  it('renders with a new default provider chosen in Settings', async () => {
    await show('settings');
    const defaultProvider = page.getByTestId('settings-default-provider');
    expect(await defaultProvider.inputValue()).toBe('ffmpeg');
    await defaultProvider.selectOption('mock');
    await page.getByTestId('settings-save').click();
    await toast('Settings saved').waitFor();
    expect(running().runtime.config.get().global.defaultProvider).toBe('mock');
    // Saving from the UI keeps what the user wrote by hand in config.json.
    const file = JSON.parse(readFileSync(harness!.configPath, 'utf8')) as {
      global?: { default_provider?: string };
      providers?: { mock?: { simulated_seconds?: number } };
    };
    expect(file.global?.default_provider).toBe('mock');
    expect(file.providers?.mock?.simulated_seconds).toBe(MOCK_SIMULATED_SECONDS);
    await screenshot('settings');

    // The render form now starts on mock; the provider is left as it is.
    const job = await renderScript(EVENING_SCRIPT.name, { quality: 'draft' });
    expect(job.options.provider).toBe('mock');
    await expect.poll(() => queueRow(job.id).locator('.tag[title=Provider]').innerText(), POLL).toBe('mock');
    await watchRow(job.id, 'completed', 20_000);
    jobs.byDefault = backendJob(job.id);
    expect(jobs.byDefault.providerId).toBe('mock');
  }, 60_000);

  it('shows each provider with its availability and track record', async () => {
    await show('providers');
    const card = (id: string) => page.locator(`[data-testid=provider-card][data-provider-id="${id}"]`);
    for (const id of ['ffmpeg', 'mock']) {
      await card(id).waitFor();
      await card(id).getByTestId('provider-availability').waitFor();
      expect(await card(id).getByTestId('provider-availability').getAttribute('class')).toContain('ok-text');
      await card(id).getByTestId('provider-metrics').waitFor();
    }
    await screenshot('providers');
  });

  it('keeps the library, the history and a queued render across a restart', async () => {
    // Two renders at once on mock (one slot): one runs, the other waits in the queue.
    await show('library');
    for (const script of [FOCUS_SCRIPT, EVENING_SCRIPT])
      await page.getByRole('checkbox', { name: `Select ${script.name} for batch render` }).check();
    const batch = await submitRenderForm(page.getByTestId('batch-bar'), { quality: 'draft' }, 2);
    await expect
      .poll(
        () =>
          batch
            .map((job) => backendJob(job.id).status)
            .sort()
            .join(),
        POLL,
      )
      .toBe('queued,running');
    const wasRunning = batch.find((job) => backendJob(job.id).status === 'running')!;
    const wasQueued = batch.find((job) => job.id !== wasRunning.id)!;
    const entriesBefore = running()
      .runtime.library.list()
      .map((entry) => [entry.id, entry.status]);

    await running().close();
    app = undefined;
    await page.getByTestId('connection-banner').waitFor();

    app = await harness!.start();
    await page.goto(app.url);
    await expect.poll(() => page.getByTestId('library-entry').count(), POLL).toBe(3);
    for (const [id, status] of entriesBefore)
      expect(
        await page.locator(`[data-testid=library-entry][data-entry-id="${id}"]`).getAttribute('data-status'),
      ).toBe(status);
    expect(await libraryEntry(BROKEN_SCRIPT.name).getByTestId('entry-issue').count()).toBe(
      BROKEN_SCRIPT.expectedIssues.length,
    );

    await show('history');
    for (const key of ['mock', 'ffmpeg', 'byDefault'] as const)
      await expect.poll(() => historyItem(jobOf(key).id).getAttribute('data-status'), POLL).toBe('completed');
    expect(await historyItem(jobOf('cancelled').id).getAttribute('data-status')).toBe('cancelled');
    // The render cut short by the shutdown can be retried; the waiting one runs after the restart.
    await expect.poll(() => historyItem(wasRunning.id).getAttribute('data-status'), POLL).toBe('interrupted');
    await show('queue');
    await watchRow(wasQueued.id, 'completed', 20_000);
    expect(backendJob(wasQueued.id).providerId).toBe('mock');
  }, 90_000);

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
