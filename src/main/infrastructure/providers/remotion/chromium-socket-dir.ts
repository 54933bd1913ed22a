import { readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { HeadlessBrowser } from '@remotion/renderer';
import { browserAnswer } from './browser-answer.js';

// Chromium keeps its single-instance socket in a folder of its own under the temp folder
// (org.chromium.Chromium.XXXXXX, linked from the profile as SingletonSocket) and removes it only
// on a clean exit. Remotion ends the browser with SIGKILL, so without this every browser Reelforge
// opens would leave one such folder behind.
const SOCKET_DIR = /^(org\.chromium\.Chromium|com\.google\.Chrome(\.\w+)?)\.[A-Za-z0-9]{6}$/;

// A browser that does not answer must not hold up the render that asked for it.
const ANSWER_TIMEOUT_MS = 3_000;

/** The browser's socket folder, read while it runs (its profile is deleted when it closes). */
export async function chromiumSocketDir(browser: HeadlessBrowser): Promise<string | undefined> {
  try {
    // Remotion's typings list only the DevTools commands it uses itself.
    const send = browser.connection.send.bind(browser.connection) as unknown as (
      method: string,
    ) => Promise<{ value?: { arguments?: string[] } }>;
    const { value } = await browserAnswer(send('Browser.getBrowserCommandLine'), ANSWER_TIMEOUT_MS);
    const profile = value?.arguments
      ?.find((arg) => arg.startsWith('--user-data-dir='))
      ?.slice('--user-data-dir='.length);
    if (!profile) return undefined;
    const socket = await readlink(join(profile, 'SingletonSocket'));
    const dir = dirname(socket);
    // Only a folder of Chromium's own kind, directly in the temp folder, is ever removed.
    const inTemp = resolve(dirname(dir)) === resolve(tmpdir());
    return inTemp && SOCKET_DIR.test(basename(dir)) ? dir : undefined;
  } catch {
    // No command line (an old browser) or no socket link: nothing of ours to remove.
    return undefined;
  }
}

export async function removeChromiumSocketDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}
