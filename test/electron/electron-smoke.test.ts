import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CALLS } from '../../src/shared/api-contract.js';
import { AIR_SCRIPT } from '../security/desktop-fixture.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN_BUNDLE = join(ROOT, 'out/main/index.js');

/** The Electron executable, or why there is none (offline installs skip the download). */
function electronBinary(): { path: string } | { reason: string } {
  let path: unknown;
  try {
    path = createRequire(import.meta.url)('electron');
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof path !== 'string' || !existsSync(path)) return { reason: `no executable at ${String(path)}` };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return { reason: 'no display (run the tests under xvfb-run)' };
  }
  return { path };
}

const binary = electronBinary();
if ('reason' in binary)
  console.warn(`Electron binary not installed: ${binary.reason} — skipping the Electron smoke test`);

describe.skipIf('reason' in binary)('Electron app smoke test', () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(MAIN_BUNDLE))
      throw new Error(`${MAIN_BUNDLE} is missing: run \`npm run build\` before this test`);
    dataDir = mkdtempSync(join(tmpdir(), 'reelforge-electron-'));
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({
        global: { output_dir: join(dataDir, 'videos') },
        providers: { mock: { simulated_seconds: 0.1 } },
      }),
    );
    app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: [MAIN_BUNDLE],
      cwd: ROOT,
      env: { ...process.env, REELFORGE_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the window with window.reelforge and one function per call', async () => {
    const shape = await page.evaluate(() => {
      const bridge = (globalThis as unknown as { reelforge?: Record<string, unknown> }).reelforge;
      return bridge
        ? Object.fromEntries(Object.entries(bridge).map(([key, value]) => [key, typeof value]))
        : undefined;
    });
    expect(shape).toBeDefined();
    for (const name of Object.keys(API_CALLS)) expect(shape?.[name], name).toBe('function');
    expect(shape?.['transport']).toBe('string');
    // Isolation: the page sees neither Node nor Electron's IPC.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer)).toBe(
      'undefined',
    );
  });

  it('renders a script with the mock provider through the bridge', async () => {
    const job = await page.evaluate(async (content) => {
      type Bridge = Record<string, (payload: unknown) => Promise<unknown>>;
      const bridge = (globalThis as unknown as { reelforge: Bridge }).reelforge;
      const [entry] = (await bridge['library.addFiles']!({ files: [{ name: 'air.json', content }] })) as {
        id: string;
      }[];
      const queued = (await bridge['jobs.enqueue']!({ libraryIds: [entry!.id], provider: 'mock' })) as {
        jobs: { id: string }[];
      };
      const id = queued.jobs[0]!.id;
      for (let i = 0; i < 200; i += 1) {
        const current = (await bridge['jobs.get']!({ id })) as {
          status: string;
          result?: { outputPath: string };
        };
        if (['completed', 'failed', 'cancelled', 'interrupted'].includes(current.status)) return current;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`job ${id} did not finish`);
    }, AIR_SCRIPT);
    expect(job.status).toBe('completed');
    expect(existsSync(job.result!.outputPath)).toBe(true);
  });

  it('serves the finished manifest to the page over reelforge-media: (protocol, CSP and CORS)', async () => {
    const manifest = await page.evaluate(async () => {
      type Bridge = Record<string, (payload: unknown) => Promise<unknown>> & {
        mediaUrl(id: string, kind: string): string;
      };
      const bridge = (globalThis as unknown as { reelforge: Bridge }).reelforge;
      const [job] = (await bridge['jobs.list']!({ filter: { status: ['completed'] } })) as { id: string }[];
      const response = await fetch(bridge.mediaUrl(job!.id, 'video'));
      const missing = await fetch(bridge.mediaUrl('no-such-job', 'video'));
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
        missing: missing.status,
      };
    });
    expect(manifest).toMatchObject({ status: 200, type: 'application/json', missing: 404 });
    expect(manifest.text).toContain('reelforge-render-manifest');
  });
});
