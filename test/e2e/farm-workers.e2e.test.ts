// The desktop UI as a render farm coordinator, end to end: the built React renderer in headless
// Chromium against the real backend (`npm run web`'s runtime with REELFORGE_REDIS_URL), a real
// redis-server on a free loopback port and one `reelforge worker` process (the built CLI: run
// `npx vite build --config vite.cli.config.ts` first). A render queued from the UI goes through
// the farm; Providers shows the worker, Queue and History the worker that rendered it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import { startWorker, type FarmWorkerProcess } from '../farm/farm-processes.js';
import { freeLoopbackPort, RedisProcess } from '../farm/redis-process.js';
import { chromiumMissingReason } from './support/chromium.js';
import { createFileTransfer, dragOver, dropTransfer } from './support/drop-files.js';
import { FOCUS_SCRIPT } from './support/scripts.js';
import { useWebAppPage } from './support/web-app-harness.js';
import { docScreenshotsDir } from '../support/doc-screenshots.js';

const TOKEN = 'farm-e2e-token-0123456789';
const POLL = { timeout: 20_000, interval: 100 } as const;
const SCREENSHOTS = docScreenshotsDir();

const missing = chromiumMissingReason();
if (missing) console.warn(`[e2e] farm workers test skipped: ${missing}`);

describe.skipIf(missing !== undefined)('the desktop UI coordinating a render farm', () => {
  let redis: RedisProcess | undefined;
  let worker: FarmWorkerProcess | undefined;

  // Registered before the app's hooks: redis is up before the app starts, and (hooks unwinding
  // in reverse) stopped only after the app closed.
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    redis = await RedisProcess.start();
  }, 60_000);
  afterAll(async () => {
    await redis?.stop();
  }, 60_000);

  const web = useWebAppPage({
    width: 1280,
    height: 900,
    timeoutMs: 15_000,
    beforeStart: async () => ({
      config: { server: { port: await freeLoopbackPort() } },
      env: { REELFORGE_REDIS_URL: redis!.url, REELFORGE_API_TOKEN: TOKEN },
    }),
    prepare: async (app) => {
      const farm = app.runtime.farm.overview();
      if (!farm.enabled || !('url' in farm.workerApi))
        throw new Error(`no worker API: ${JSON.stringify(farm)}`);
      // A render long enough to be seen running on the worker.
      worker = await startWorker(join(web.harness.root, 'worker'), {
        server: farm.workerApi.url,
        token: TOKEN,
        mockSeconds: 2,
      });
    },
    ready: (page) => page.getByTestId('library-empty').waitFor(),
  });
  // Registered after the app's hooks, so it runs first: the worker stops before its server closes.
  afterAll(async () => {
    await worker?.stop();
  }, 60_000);

  let page: Page;
  let app: WebApp;
  beforeAll(() => {
    page = web.page;
    app = web.app;
  });
  const pageErrors = web.pageErrors;

  it('shows the worker in Providers, renders a job queued from the UI on it, and says so in Queue and History', async () => {
    const workerName = worker!.name;
    await page.getByTestId('nav-providers').click();
    const panel = page.getByTestId('farm-panel');
    await expect.poll(() => panel.getByTestId('farm-redis').innerText(), POLL).toMatch(/Redis connected/);
    expect(await panel.getByTestId('farm-connect').innerText()).toMatch(
      /reelforge worker --server http:\/\/127\.0\.0\.1:\d+/,
    );
    expect(await panel.getByTestId('farm-connect').innerText()).not.toContain(TOKEN);
    const workerRow = panel.locator(`[data-testid=farm-worker][data-worker="${workerName}"]`);
    await workerRow.waitFor({ timeout: POLL.timeout });
    expect(await workerRow.getAttribute('data-stale')).toBe('false');

    // A script dropped on the window, rendered from its form with the mock provider.
    await page.getByTestId('nav-library').click();
    const transfer = await createFileTransfer(page, [FOCUS_SCRIPT]);
    await dragOver(page, '[data-testid=drop-zone]', transfer);
    await dropTransfer(page, '[data-testid=drop-zone]', transfer);
    await transfer.dispose();
    await page.getByRole('button', { name: `Open ${FOCUS_SCRIPT.name}`, exact: true }).click();
    const form = page.getByTestId('script-detail');
    await expect.poll(() => form.getByTestId('render-button').isEnabled(), POLL).toBe(true);
    await expect.poll(() => form.getByTestId('render-provider').inputValue(), POLL).not.toBe('');
    await form.getByTestId('render-provider').selectOption('mock');
    await form.getByTestId('render-button').click();
    await page.getByTestId('queue-view').waitFor();
    await expect.poll(() => app.runtime.service.listJobs().length, POLL).toBe(1);
    const [job] = app.runtime.service.listJobs();

    const row = page.locator(`[data-testid=queue-row][data-job-id="${job!.id}"]`);
    await expect.poll(() => row.getByTestId('queue-worker').innerText(), POLL).toBe(`on ${workerName}`);
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('completed');
    expect(app.runtime.service.getJob(job!.id).worker).toBe(workerName);
    // The worker logs "completed" once the coordinator has answered its completion, which the
    // page may already show: the line can come a moment after the row turns completed.
    await expect.poll(() => worker!.output(), POLL).toContain(`job ${job!.id}: completed`);

    await page.getByTestId('nav-providers').click();
    await workerRow.waitFor();
    const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
    for (let left = 10; left > 0 && (await dismiss.count()) > 0; left -= 1)
      await dismiss
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
    await page.getByTestId('farm-panel').screenshot({ path: join(SCREENSHOTS, 'providers-farm.png') });

    await page.getByTestId('nav-history').click();
    await page.locator(`[data-testid=history-item][data-job-id="${job!.id}"]`).getByRole('button').click();
    await expect.poll(() => page.getByTestId('history-worker').innerText(), POLL).toContain(workerName);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
