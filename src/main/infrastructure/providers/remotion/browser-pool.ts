import type { HeadlessBrowser } from '@remotion/renderer';
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
  users: number;
  retired: boolean;
}

export type OpenBrowser = (launch: BrowserLaunch) => Promise<HeadlessBrowser>;

export const openRemotionBrowser: OpenBrowser = async ({ executable, chromeMode }) => {
  const { openBrowser } = await import('@remotion/renderer');
  return openBrowser('chrome', { browserExecutable: executable, chromeMode, logLevel: 'error' });
};

const ALIVE_TIMEOUT_MS = 3_000;

/**
 * One Chromium shared by every render (opening one costs ≈ 1.3 s). It is checked before each
 * lease and replaced when it died; a retired browser closes once its last render lets go, so a
 * cancelled or crashed render never takes down another one sharing the browser.
 */
export class BrowserPool {
  readonly #open: OpenBrowser;
  #current: Entry | undefined;
  readonly #all = new Set<Entry>();

  constructor(open: OpenBrowser = openRemotionBrowser) {
    this.#open = open;
  }

  async acquire(launch: BrowserLaunch): Promise<BrowserLease> {
    let entry = this.#current;
    if (
      entry &&
      (entry.launch.executable !== launch.executable || entry.launch.chromeMode !== launch.chromeMode)
    ) {
      this.#retire(entry);
      entry = undefined;
    }
    if (entry && !(await isAlive(entry))) {
      this.#retire(entry);
      entry = undefined;
    }
    if (!entry) {
      entry = { launch, browser: this.#open(launch), users: 0, retired: false };
      this.#current = entry;
      this.#all.add(entry);
    }
    entry.users += 1;
    let browser: HeadlessBrowser;
    try {
      browser = await entry.browser;
    } catch (error) {
      entry.users -= 1;
      this.#retire(entry);
      throw error;
    }
    const leased = entry;
    let released = false;
    return {
      browser,
      launch,
      release: async ({ retire = false } = {}) => {
        if (released) return;
        released = true;
        leased.users -= 1;
        if (retire) this.#retire(leased);
        if (leased.retired && leased.users === 0) await this.#close(leased);
      },
    };
  }

  /** Closes every browser, in use or not. */
  async dispose(): Promise<void> {
    this.#current = undefined;
    await Promise.all([...this.#all].map((entry) => this.#close(entry)));
  }

  #retire(entry: Entry): void {
    entry.retired = true;
    if (this.#current === entry) this.#current = undefined;
    if (entry.users === 0) void this.#close(entry);
  }

  async #close(entry: Entry): Promise<void> {
    if (!this.#all.delete(entry)) return;
    try {
      const browser = await entry.browser;
      await browser.close({ silent: true });
    } catch {
      // It failed to open or is already gone: nothing left to close.
    }
  }
}

/** A DevTools round trip; a crashed or hung browser fails it. */
async function isAlive(entry: Entry): Promise<boolean> {
  try {
    const browser = await entry.browser;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('browser did not answer')), ALIVE_TIMEOUT_MS);
    });
    try {
      // Idempotent: Remotion turned target discovery on when it opened the browser.
      await Promise.race([browser.connection.send('Target.setDiscoverTargets', { discover: true }), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return true;
  } catch {
    return false;
  }
}
