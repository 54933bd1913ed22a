// A loopback web app on a temp data folder, as a user's install would have it: config.json with
// a slow mock provider (so a render can be cancelled), videos in the temp folder, the default
// provider left at the install default (FFmpeg).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebApp, type WebApp } from '../../../src/main/presentation/loopback/index.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { ensureRendererBuilt, snapshotRenderer } from './renderer-build.js';

export const MOCK_SIMULATED_SECONDS = 3;

export interface WebAppHarness {
  readonly root: string;
  readonly dataDir: string;
  readonly videosDir: string;
  readonly rendererDir: string;
  readonly configPath: string;
  /** Starts the app; `env` is added to the environment it gets (PATH and where videos go). */
  start(env?: Readonly<Record<string, string>>): Promise<WebApp>;
  cleanup(): void;
}

export function createWebAppHarness(): WebAppHarness {
  const root = mkdtempSync(join(tmpdir(), 'reelforge-e2e-'));
  const dataDir = join(root, 'data');
  const videosDir = join(root, 'videos');
  mkdirSync(dataDir);
  const rendererDir = snapshotRenderer(join(root, 'renderer'));
  const configPath = join(dataDir, 'config.json');
  writeFileSync(
    configPath,
    JSON.stringify({ providers: { mock: { simulated_seconds: MOCK_SIMULATED_SECONDS } } }, null, 2),
  );
  // Only what the app needs from the environment: PATH (to find ffmpeg) and where videos go.
  const env = { PATH: process.env.PATH, VIDEO_STORAGE_PATH: videosDir };
  return {
    root,
    dataDir,
    videosDir,
    rendererDir,
    configPath,
    start: (extra) => startWebApp({ dataDir, env: { ...env, ...extra }, rendererDir, port: 0 }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Ids of every job the app knows, to tell which one a click just queued. */
export function jobIds(app: WebApp): Set<string> {
  return new Set(app.runtime.service.listJobs().map((job) => job.id));
}

/** Closes what a browser test opened, newest first; parts that never opened are skipped. */
export async function closeWebApp(parts: {
  readonly browser?: Browser;
  readonly app?: WebApp;
  readonly harness?: WebAppHarness;
}): Promise<void> {
  await parts.browser?.close().catch(() => undefined);
  await parts.app?.close().catch(() => undefined);
  parts.harness?.cleanup();
}

/**
 * A page of `browser` on the app, at `width`×`height`, waiting up to `timeoutMs` for anything;
 * page errors go to `errors` when given.
 */
export async function openAppPage(
  browser: Browser,
  app: WebApp,
  options: { width: number; height: number; timeoutMs: number; errors?: string[]; acceptDownloads?: boolean },
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width, height: options.height },
    ...(options.acceptDownloads ? { acceptDownloads: true } : {}),
  });
  page.setDefaultTimeout(options.timeoutMs);
  const errors = options.errors;
  if (errors) page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(app.url);
  return page;
}

export interface WebAppPageOptions {
  readonly width: number;
  readonly height: number;
  readonly timeoutMs: number;
  readonly acceptDownloads?: boolean;
  /**
   * Runs before the app starts, for what only exists once the file's own `beforeAll` ran (a
   * redis server, a free port): keys to add to config.json and variables to add to the app's
   * environment.
   */
  readonly beforeStart?: () => Promise<{
    readonly config?: Readonly<Record<string, unknown>>;
    readonly env?: Readonly<Record<string, string>>;
  }>;
  /** Runs once the app is up, before the browser opens (scripts to add, for example). */
  readonly prepare?: (app: WebApp) => Promise<void>;
  /** Waits for what the file's first test starts from. */
  readonly ready: (page: Page) => Promise<void>;
}

export interface WebAppPage {
  /** The running app; reading it outside the file's tests throws. */
  readonly app: WebApp;
  /** The browser page on the app; reading it outside the file's tests throws. */
  readonly page: Page;
  /** Errors the page threw, for the tests to assert there were none. */
  readonly pageErrors: string[];
  /** Its temp folders and files (data folder, config.json). */
  readonly harness: WebAppHarness;
}

/**
 * One app on a temp data folder and one Chromium page on it for the calling `describe`: opened
 * before its tests (building the UI when missing), closed after them.
 */
export function useWebAppPage(options: WebAppPageOptions): WebAppPage {
  let harness: WebAppHarness | undefined;
  let app: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureRendererBuilt();
    harness = createWebAppHarness();
    const extra = (await options.beforeStart?.()) ?? {};
    if (extra.config) {
      const config = JSON.parse(readFileSync(harness.configPath, 'utf8')) as Record<string, unknown>;
      writeFileSync(harness.configPath, JSON.stringify({ ...config, ...extra.config }, null, 2));
    }
    app = await harness.start(extra.env);
    await options.prepare?.(app);
    browser = await launchChromium();
    page = await openAppPage(browser, app, {
      width: options.width,
      height: options.height,
      timeoutMs: options.timeoutMs,
      acceptDownloads: options.acceptDownloads,
      errors: pageErrors,
    });
    await options.ready(page);
  }, 240_000);

  afterAll(async () => {
    await closeWebApp({ browser, app, harness });
  }, 60_000);

  const opened = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not running`);
    return value;
  };
  return {
    get app() {
      return opened(app, 'web app');
    },
    get page() {
      return opened(page, 'browser page');
    },
    get harness() {
      return opened(harness, 'web app');
    },
    pageErrors,
  };
}
