import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  locateBundle,
  PREBUILT_BUNDLE_DIR,
} from '../../src/main/infrastructure/providers/remotion/bundle-locator.js';
import {
  BUNDLE_MARKER,
  buildBundle,
  bundleSourcesFor,
  ensureCachedBundle,
  hashSources,
  remotionBundler,
  withoutFaviconRequest,
  type Bundler,
} from '../../src/main/infrastructure/providers/remotion/remotion-bundle.js';
import { FONT_FILES } from '../../src/remotion/fonts.js';

// A throwaway app root shaped like the repo, and a bundler that records its calls and writes what
// Remotion's would (an index.html plus the public folder), so caching is tested in milliseconds.
let root: string;
let calls: { entryPoint: string; fonts: string[] }[];

/** The favicon link of the page Remotion 4.0 writes. */
const REMOTION_FAVICON = '<link id="__remotion_favicon" rel="icon" type="image/png" href="./favicon.ico" />';

const fakeBundler: Bundler = async ({ entryPoint, outDir, publicDir }) => {
  calls.push({ entryPoint, fonts: readdirSync(join(publicDir, 'fonts')).sort() });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), `<html><head>${REMOTION_FAVICON}</head></html>`);
};

function write(relative: string, text: string): void {
  const path = join(root, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'reelforge-bundle-cache-'));
  calls = [];
  write('package.json', '{}');
  write('src/remotion/entry.ts', 'export {};');
  write('src/remotion/props.ts', 'export const a = 1;');
  write('src/core/timeline/video-timeline.ts', 'export type T = 1;');
  write('src/core/channels/builtin-channels.ts', 'export const c = 1;');
  for (const file of FONT_FILES) write(`resources/fonts/${file}`, file);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ensureCachedBundle', () => {
  it('builds once, with the fonts in public/fonts, and then reuses the cached folder', async () => {
    const cacheDir = join(root, 'cache');
    const sources = bundleSourcesFor(root);
    const first = await ensureCachedBundle({ sources, cacheDir, bundler: fakeBundler });
    expect(first.built).toBe(true);
    expect(calls).toEqual([
      { entryPoint: join(root, 'src/remotion/entry.ts'), fonts: [...FONT_FILES].sort() },
    ]);
    expect(readdirSync(first.serveUrl).sort()).toEqual(['index.html', BUNDLE_MARKER]);

    const second = await ensureCachedBundle({ sources, cacheDir, bundler: fakeBundler });
    expect(second).toEqual({ ...first, built: false });
    expect(calls).toHaveLength(1);
  });

  it('rebuilds when a source changes, and removes the outdated bundle', async () => {
    const cacheDir = join(root, 'cache');
    const sources = bundleSourcesFor(root);
    const first = await ensureCachedBundle({ sources, cacheDir, bundler: fakeBundler });
    write('src/remotion/props.ts', 'export const a = 2;');
    const second = await ensureCachedBundle({ sources, cacheDir, bundler: fakeBundler });
    expect(second.built).toBe(true);
    expect(second.hash).not.toBe(first.hash);
    expect(calls).toHaveLength(2);
    expect(readdirSync(cacheDir)).toEqual([`remotion-bundle-${second.hash}`]);
  });

  it('ignores test files, which never reach the bundle', async () => {
    const before = await hashSources(bundleSourcesFor(root));
    write('src/remotion/props.test.ts', 'it();');
    expect(await hashSources(bundleSourcesFor(root))).toBe(before);
  });

  it('shares one build between concurrent callers', async () => {
    const cacheDir = join(root, 'cache');
    const sources = bundleSourcesFor(root);
    const [a, b] = await Promise.all([
      ensureCachedBundle({ sources, cacheDir, bundler: fakeBundler }),
      ensureCachedBundle({ sources, cacheDir, bundler: fakeBundler }),
    ]);
    expect(a.serveUrl).toBe(b.serveUrl);
    expect(calls).toHaveLength(1);
  });

  it('leaves no half-built folder when the bundler fails', async () => {
    const cacheDir = join(root, 'cache');
    const failing: Bundler = async ({ outDir }) => {
      mkdirSync(outDir, { recursive: true });
      throw new Error('syntax error in Root.tsx');
    };
    await expect(
      ensureCachedBundle({ sources: bundleSourcesFor(root), cacheDir, bundler: failing }),
    ).rejects.toThrow('syntax error in Root.tsx');
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe('the bundle page', () => {
  it('gives its favicon inline, so Chromium asks the bundle server for none', async () => {
    const { serveUrl } = await ensureCachedBundle({
      sources: bundleSourcesFor(root),
      cacheDir: join(root, 'cache'),
      bundler: fakeBundler,
    });
    const html = readFileSync(join(serveUrl, 'index.html'), 'utf8');
    expect(html).toContain('<link id="__remotion_favicon" rel="icon" type="image/png" href="data:," />');
    expect(html).not.toContain('favicon.ico');
  });

  it('leaves a page without an icon link as it is', () => {
    const html = '<html><head><link rel="stylesheet" href="a.css"></head></html>';
    expect(withoutFaviconRequest(html)).toBe(html);
  });

  // Remotion's real bundler, so a page Remotion writes differently from REMOTION_FAVICON is caught.
  it('holds for the page the real Remotion bundler writes', async () => {
    const appRoot = resolve(import.meta.dirname, '../..');
    const out = join(root, 'real-bundle');
    await buildBundle(bundleSourcesFor(appRoot), out, { bundler: remotionBundler });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/<link\b[^>]*rel="icon"[^>]*href="data:,"/);
    expect(html).not.toContain('favicon.ico');
  }, 120_000);
});

describe('locateBundle', () => {
  it('uses out/remotion-bundle when it was built from the current sources', async () => {
    const hash = await hashSources(bundleSourcesFor(root));
    write(`${PREBUILT_BUNDLE_DIR}/${BUNDLE_MARKER}`, JSON.stringify({ hash }));
    const located = await locateBundle({
      appRoot: root,
      cacheDir: join(root, 'cache'),
      bundler: fakeBundler,
    });
    expect(located).toEqual({ serveUrl: join(root, PREBUILT_BUNDLE_DIR), origin: 'prebuilt', built: false });
    expect(calls).toHaveLength(0);
  });

  it('builds into the cache when out/remotion-bundle is outdated', async () => {
    write(`${PREBUILT_BUNDLE_DIR}/${BUNDLE_MARKER}`, JSON.stringify({ hash: 'old' }));
    const located = await locateBundle({
      appRoot: root,
      cacheDir: join(root, 'cache'),
      bundler: fakeBundler,
    });
    expect(located.origin).toBe('cache');
    expect(located.built).toBe(true);
  });

  it('uses the prebuilt bundle of a packaged app, which has no sources', async () => {
    rmSync(join(root, 'src'), { recursive: true });
    write(`${PREBUILT_BUNDLE_DIR}/${BUNDLE_MARKER}`, JSON.stringify({ hash: 'whatever' }));
    expect((await locateBundle({ appRoot: root, cacheDir: join(root, 'cache') })).origin).toBe('prebuilt');
  });

  it('names the config key of a bundle_dir that is not a bundle', async () => {
    await expect(
      locateBundle({ appRoot: root, cacheDir: join(root, 'cache'), bundleDir: join(root, 'nothing') }),
    ).rejects.toThrow('providers.remotion.bundle_dir');
  });
});
