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
  it('gives each running render its own browser and reuses a returned one', async () => {
    const { pool: browsers, opened } = pool();
    const a = await browsers.acquire(launch);
    const b = await browsers.acquire(launch);
    expect(a.browser).not.toBe(b.browser);
    await a.release();
    const c = await browsers.acquire(launch);
    expect(c.browser).toBe(opened[0]);
    await b.release();
    await c.release();
    expect((await browsers.acquire(launch)).browser).toBe(opened[0]);
    expect(opened).toHaveLength(2);
    expect(opened.map((o) => o.closed)).toEqual([0, 0]);
  });

  it('replaces a browser that crashed while it waited', async () => {
    const { pool: browsers, opened } = pool();
    await (await browsers.acquire(launch)).release();
    opened[0]!.crashed = true;
    const lease = await browsers.acquire(launch);
    expect(lease.browser).toBe(opened[1]);
    expect(opened[0]!.closed).toBe(1);
    expect(browsers.size).toBe(1);
  });

  it('closes a retired browser at once and never lends it again', async () => {
    const { pool: browsers, opened } = pool();
    const a = await browsers.acquire(launch);
    const b = await browsers.acquire(launch);
    await a.release({ retire: true });
    expect(opened[0]!.closed).toBe(1);
    expect(opened[1]!.closed).toBe(0);
    await b.release();
    expect((await browsers.acquire(launch)).browser).toBe(opened[1]);
    expect(opened).toHaveLength(2);
  });

  it('does not lend a browser opened for another executable', async () => {
    const { pool: browsers, opened } = pool();
    await (await browsers.acquire(launch)).release();
    const other = await browsers.acquire({ ...launch, executable: '/usr/bin/google-chrome' });
    expect(other.browser).toBe(opened[1]);
    expect(opened[0]!.closed).toBe(1);
  });

  it('forgets a browser that failed to open', async () => {
    let fail = true;
    const browsers = new BrowserPool(() =>
      fail ? Promise.reject(new Error('no display')) : Promise.resolve(fakeBrowser(1)),
    );
    await expect(browsers.acquire(launch)).rejects.toThrow('no display');
    expect(browsers.size).toBe(0);
    fail = false;
    await expect(browsers.acquire(launch)).resolves.toBeDefined();
  });

  it('closes everything on dispose, lent or waiting', async () => {
    const { pool: browsers, opened } = pool();
    const lent = await browsers.acquire(launch);
    await (await browsers.acquire(launch)).release();
    await browsers.dispose();
    expect(opened.map((o) => o.closed)).toEqual([1, 1]);
    await lent.release();
    expect(opened[0]!.closed).toBe(1);
    expect(browsers.size).toBe(0);
  });
});
