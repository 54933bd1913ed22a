import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FILES } from '#remotion/fonts.js';
import { hashBundleSources } from './source-hash.js';

/** Where the Remotion project and what it bundles live, relative to the app root. */
export interface BundleSources {
  readonly appRoot: string;
  readonly entryPoint: string;
  /** Folders whose code ends up in the bundle (the Remotion project and the core it imports). */
  readonly sourceDirs: readonly string[];
  readonly fontsDir: string;
}

export function bundleSourcesFor(appRoot: string): BundleSources {
  return {
    appRoot,
    entryPoint: join(appRoot, 'src', 'remotion', 'entry.ts'),
    sourceDirs: [join(appRoot, 'src', 'remotion'), join(appRoot, 'src', 'core')],
    fontsDir: join(appRoot, 'resources', 'fonts'),
  };
}

/** Builds a bundle of `entryPoint` into `outDir`, copying `publicDir` into it. */
export type Bundler = (options: {
  readonly entryPoint: string;
  readonly outDir: string;
  readonly publicDir: string;
  readonly onProgress: (progress: number) => void;
}) => Promise<void>;

/** Marker written into a finished bundle; a folder without it is not a usable bundle. */
export const BUNDLE_MARKER = 'reelforge-bundle.json';

interface BundleMarker {
  readonly hash: string;
  readonly remotionVersion: string;
  readonly builtAt: string;
}

export function remotionVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = require('remotion/package.json') as { version: string };
  return pkg.version;
}

/** The content hash a bundle of these sources has. */
export function hashSources(sources: BundleSources): Promise<string> {
  return hashBundleSources({
    root: sources.appRoot,
    sourceDirs: sources.sourceDirs,
    assetDirs: [sources.fontsDir],
    extra: [`remotion ${remotionVersion()}`, `index.html ${INDEX_HTML_REVISION}`],
  });
}

export async function readBundleHash(dir: string): Promise<string | undefined> {
  try {
    const marker = JSON.parse(await readFile(join(dir, BUNDLE_MARKER), 'utf8')) as Partial<BundleMarker>;
    return typeof marker.hash === 'string' ? marker.hash : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bundles with rspack (≈ 1 s warm, offline) and teaches the resolver that `./x.js` imports mean
 * `./x.ts` / `./x.tsx`, the convention of this code base. Loaded lazily: the bundler is big and
 * must never be pulled into a Vite build.
 */
export const remotionBundler: Bundler = async ({ entryPoint, outDir, publicDir, onProgress }) => {
  const { bundle } = await import('@remotion/bundler');
  const extensionAlias = { '.js': ['.ts', '.tsx', '.js'] };
  await bundle({
    entryPoint,
    outDir,
    publicDir,
    onProgress,
    rspack: true,
    enableCaching: false,
    rspackOverride: (config) => ({ ...config, resolve: { ...config.resolve, extensionAlias } }),
    webpackOverride: (config) => ({ ...config, resolve: { ...config.resolve, extensionAlias } }),
  });
};

/**
 * Builds a bundle into `outDir` (replacing what is there) and marks it with its source hash.
 * Built in a sibling temp folder and renamed, so a crash never leaves half a bundle behind.
 */
export async function buildBundle(
  sources: BundleSources,
  outDir: string,
  options: {
    readonly bundler?: Bundler;
    readonly onProgress?: (progress: number) => void;
    readonly hash?: string;
  } = {},
): Promise<string> {
  const hash = options.hash ?? (await hashSources(sources));
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const nonce = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tempOut = join(parent, `.building-${nonce}`);
  const publicDir = join(parent, `.public-${nonce}`);
  try {
    await stagePublicDir(sources.fontsDir, publicDir);
    await (options.bundler ?? remotionBundler)({
      entryPoint: sources.entryPoint,
      outDir: tempOut,
      publicDir,
      onProgress: options.onProgress ?? (() => undefined),
    });
    const marker: BundleMarker = {
      hash,
      remotionVersion: remotionVersion(),
      builtAt: new Date().toISOString(),
    };
    const indexHtml = join(tempOut, 'index.html');
    if (existsSync(indexHtml)) {
      await writeFile(indexHtml, withoutFaviconRequest(await readFile(indexHtml, 'utf8')));
    }
    await writeFile(join(tempOut, BUNDLE_MARKER), JSON.stringify(marker, null, 2));
    await rm(outDir, { recursive: true, force: true });
    await rename(tempOut, outDir);
    return outDir;
  } finally {
    await rm(tempOut, { recursive: true, force: true });
    await rm(publicDir, { recursive: true, force: true });
  }
}

/**
 * Bumped when what `buildBundle` does to Remotion's output changes, so bundles built before are
 * rebuilt: 2 = the page asks for no favicon.
 */
const INDEX_HTML_REVISION = 2;

/**
 * The bundle's page with its favicon given inline. Remotion's page links `./favicon.ico`, which
 * Chromium fetches from the bundle server for every tab a render opens; now and then that fetch
 * comes back cut short (`Failed to load resource: net::ERR_CONTENT_LENGTH_MISMATCH`, seen in CI
 * under load), and Remotion prints it on stderr as an error though the render is fine. An inline
 * icon is fetched from nowhere.
 */
export function withoutFaviconRequest(html: string): string {
  return html.replace(/(<link\b[^>]*\brel="icon"[^>]*\bhref=")[^"]*(")/g, '$1data:,$2');
}

/** The bundle's public folder: the shipped fonts under fonts/, served as staticFile('fonts/…'). */
async function stagePublicDir(fontsDir: string, publicDir: string): Promise<void> {
  await mkdir(join(publicDir, 'fonts'), { recursive: true });
  for (const file of FONT_FILES) {
    const from = join(fontsDir, file);
    if (!existsSync(from)) {
      throw new Error(
        `font ${file} is missing from ${fontsDir}; the Remotion bundle needs every file in FONT_FILES`,
      );
    }
    await cp(from, join(publicDir, 'fonts', file));
  }
}

export interface CachedBundle {
  readonly serveUrl: string;
  readonly hash: string;
  /** False when an existing bundle with the same hash was reused. */
  readonly built: boolean;
}

const CACHE_PREFIX = 'remotion-bundle-';
const building = new Map<string, Promise<CachedBundle>>();

/**
 * The bundle for the current sources, from `cacheDir/remotion-bundle-<hash>` when it exists,
 * otherwise built there (older bundles are then removed). Concurrent callers share one build.
 */
export async function ensureCachedBundle(options: {
  readonly sources: BundleSources;
  readonly cacheDir: string;
  readonly bundler?: Bundler;
  readonly onProgress?: (progress: number) => void;
  /** The sources' hash when the caller already has it. */
  readonly hash?: string;
}): Promise<CachedBundle> {
  const hash = options.hash ?? (await hashSources(options.sources));
  const dir = join(options.cacheDir, `${CACHE_PREFIX}${hash}`);
  if ((await readBundleHash(dir)) === hash) return { serveUrl: dir, hash, built: false };
  const key = dir;
  let pending = building.get(key);
  if (!pending) {
    pending = (async () => {
      await buildBundle(options.sources, dir, { ...options, hash });
      await pruneOldBundles(options.cacheDir, dir);
      return { serveUrl: dir, hash, built: true };
    })().finally(() => building.delete(key));
    building.set(key, pending);
  }
  return pending;
}

async function pruneOldBundles(cacheDir: string, keep: string): Promise<void> {
  for (const name of await readdir(cacheDir)) {
    const path = join(cacheDir, name);
    if (name.startsWith(CACHE_PREFIX) && path !== keep) await rm(path, { recursive: true, force: true });
  }
}
