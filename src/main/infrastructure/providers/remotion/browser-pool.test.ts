import type { HeadlessBrowser } from '@remotion/renderer';
import { describe, expect, it } from 'vitest';
import { BrowserPool, type BrowserLaunch } from './browser-pool.js';

/** A stand-in browser: answers DevTools calls until it "crashes", counts closes. */
function fakeBrowser(id: number): HeadlessBrowser & { crashed: boolean; closed: number; id: number } {
  const browser = {
    id,
    crashed: false,
    closed: 0,
    connection: {
      send: () =>
        browser.crashed
          ? Promise.reject(new Error('Target closed'))
          : Promise.resolve({ value: undefined, size: 0 }),
    },
    close: () => {
      browser.closed += 1;
      return Promise.resolve();
    },
  };
  return browser as unknown as HeadlessBrowser & { crashed: boolean; closed: number; id: number };
}

const launch: BrowserLaunch = { executable: '/usr/bin/chromium', chromeMode: 'chrome-for-testing' };

function pool(): { pool: BrowserPool; opened: ReturnType<typeof fakeBrowser>[] } {
  const opened: ReturnType<typeof fakeBrowser>[] = [];
  return {
    opened,
    pool: new BrowserPool(() => {
      const browser = fakeBrowser(opened.length);
      opened.push(browser);
      return Promise.resolve(browser);
    }),
  };
}

describe('BrowserPool', () => {
  it('opens one browser and lends it to every render', async () => {
    const { pool: browsers, opened } = pool();
    const a = await browsers.acquire(launch);
    const b = await browsers.acquire(launch);
    expect(a.browser).toBe(b.browser);
    await a.release();
    await b.release();
    expect((await browsers.acquire(launch)).browser).toBe(opened[0]);
    expect(opened).toHaveLength(1);
  });

  it('replaces a browser that crashed', async () => {
    const { pool: browsers, opened } = pool();
    await (await browsers.acquire(launch)).release();
    opened[0]!.crashed = true;
    const lease = await browsers.acquire(launch);
    expect(lease.browser).toBe(opened[1]);
    expect(opened[0]!.closed).toBe(1);
  });

  it('closes a retired browser only when its last render lets go', async () => {
    const { pool: browsers, opened } = pool();
    const a = await browsers.acquire(launch);
    const b = await browsers.acquire(launch);
    await a.release({ retire: true });
    expect(opened[0]!.closed).toBe(0);
    const c = await browsers.acquire(launch);
    expect(c.browser).toBe(opened[1]);
    await b.release();
    expect(opened[0]!.closed).toBe(1);
  });

  it('closes everything on dispose', async () => {
    const { pool: browsers, opened } = pool();
    await browsers.acquire(launch);
    await browsers.dispose();
    expect(opened[0]!.closed).toBe(1);
  });
});
