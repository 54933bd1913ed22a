import type { HeadlessBrowser } from '@remotion/renderer';
import { browserAnswer } from './browser-answer.js';
import { chromiumSocketDir, removeChromiumSocketDir } from './chromium-socket-dir.js';
import type { ChromeMode } from './render-settings.js';

export interface BrowserLaunch {
  readonly executable: string;
  readonly chromeMode: ChromeMode;
}

/** A browser lent to one render; `release` hands it back. */
export interface BrowserLease {
  readonly browser: HeadlessBrowser;
  readonly launch: BrowserLaunch;
  /** `retire`: the browser must not be lent again (it crashed, or its render was cut off). */
  release(options?: { retire?: boolean }): Promise<void>;
}

interface Entry {
  readonly launch: BrowserLaunch;
  readonly browser: Promise<HeadlessBrowser>;
  /** Chromium's socket folder in /tmp, read once it opened: a crashed or hung one cannot say. */
  socketDir?: string;
}

export type OpenBrowser = (launch: BrowserLaunch) => Promise<HeadlessBrowser>;

export const openRemotionBrowser: OpenBrowser = async ({ executable, chromeMode }) => {
  const { openBrowser } = await import('@remotion/renderer');
  return openBrowser('chrome', { browserExecutable: executable, chromeMode, logLevel: 'error' });
};

const ALIVE_TIMEOUT_MS = 3_000;

/**
 * Chromium browsers kept open between renders (opening one costs ≈ 1.3 s). Each render has a
 * browser to itself: two renders sharing one browser's tabs ran one after the other here, while
 * two browsers rendered side by side with 1.4× the throughput of one. A returned browser waits
 * for the next render, is checked before it is lent again and replaced when it died; a retired
 * one (crashed, or its render was cut off) is closed at once.
 */
export class BrowserPool {
  readonly #open: OpenBrowser;
  #idle: Entry[] = [];
  readonly #all = new Set<Entry>();

  constructor(open: OpenBrowser = openRemotionBrowser) {
    this.#open = open;
  }

  async acquire(launch: BrowserLaunch): Promise<BrowserLease> {
    for (let entry = this.#idle.pop(); entry; entry = this.#idle.pop()) {
      if (sameLaunch(entry.launch, launch) && (await isAlive(entry)))
        return this.#lend(entry, await entry.browser);
      void this.#close(entry);
    }
    const entry: Entry = { launch, browser: this.#open(launch) };
    this.#all.add(entry);
    let browser: HeadlessBrowser;
    try {
      browser = await entry.browser;
    } catch (error) {
      this.#all.delete(entry);
      throw error;
    }
    entry.socketDir = await chromiumSocketDir(browser);
    return this.#lend(entry, browser);
  }

  /** Browsers open now, lent or waiting. */
  get size(): number {
    return this.#all.size;
  }

  /** Closes every browser, in use or not. */
  async dispose(): Promise<void> {
    this.#idle = [];
    await Promise.all([...this.#all].map((entry) => this.#close(entry)));
  }

  #lend(entry: Entry, browser: HeadlessBrowser): BrowserLease {
    let released = false;
    return {
      browser,
      launch: entry.launch,
      release: async ({ retire = false } = {}) => {
        if (released) return;
        released = true;
        if (retire || !this.#all.has(entry)) await this.#close(entry);
        else this.#idle.push(entry);
      },
    };
  }

  async #close(entry: Entry): Promise<void> {
    if (!this.#all.delete(entry)) return;
    try {
      const browser = await entry.browser;
      await browser.close({ silent: true });
      await removeChromiumSocketDir(entry.socketDir);
    } catch {
      // It failed to open or is already gone: nothing left to close.
    }
  }
}

function sameLaunch(a: BrowserLaunch, b: BrowserLaunch): boolean {
  return a.executable === b.executable && a.chromeMode === b.chromeMode;
}

/** A DevTools round trip; a crashed or hung browser fails it. */
async function isAlive(entry: Entry): Promise<boolean> {
  try {
    const browser = await entry.browser;
    // Idempotent: Remotion turned target discovery on when it opened the browser.
    await browserAnswer(
      browser.connection.send('Target.setDiscoverTargets', { discover: true }),
      ALIVE_TIMEOUT_MS,
    );
    return true;
  } catch {
    return false;
  }
}
