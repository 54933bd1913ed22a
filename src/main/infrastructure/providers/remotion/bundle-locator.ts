import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProviderError } from '#core/errors.js';
import {
  bundleSourcesFor,
  ensureCachedBundle,
  hashSources,
  readBundleHash,
  type Bundler,
} from './remotion-bundle.js';

/** Where `npm run build` puts the bundle (see scripts/build-remotion-bundle.ts). */
export const PREBUILT_BUNDLE_DIR = join('out', 'remotion-bundle');

export interface LocateBundleInput {
  readonly appRoot: string;
  readonly cacheDir: string;
  /** `providers.remotion.bundle_dir`. */
  readonly bundleDir?: string;
  readonly bundler?: Bundler;
  readonly onProgress?: (percent: number) => void;
}

export interface LocatedBundle {
  readonly serveUrl: string;
  readonly origin: 'configured' | 'prebuilt' | 'cache';
  /** True when this call had to bundle. */
  readonly built: boolean;
}

/**
 * The bundle to render with: a configured folder; else the prebuilt out/remotion-bundle when it
 * matches the sources (or there are no sources, as in a packaged app); else one built from the
 * sources into the cache, reused while their hash stays the same.
 */
export async function locateBundle(input: LocateBundleInput): Promise<LocatedBundle> {
  if (input.bundleDir !== undefined) {
    const dir = resolve(input.bundleDir);
    if ((await readBundleHash(dir)) === undefined) {
      throw new ProviderError(
        'remotion',
        `providers.remotion.bundle_dir "${dir}" is not a Reelforge Remotion bundle (build one with "tsx scripts/build-remotion-bundle.ts ${dir}")`,
        { code: 'bundle_missing' },
      );
    }
    return { serveUrl: dir, origin: 'configured', built: false };
  }
  const sources = bundleSourcesFor(input.appRoot);
  const prebuilt = join(input.appRoot, PREBUILT_BUNDLE_DIR);
  const prebuiltHash = await readBundleHash(prebuilt);
  if (!existsSync(sources.entryPoint)) {
    if (prebuiltHash !== undefined) return { serveUrl: prebuilt, origin: 'prebuilt', built: false };
    throw new ProviderError(
      'remotion',
      `no Remotion bundle at ${prebuilt} and no sources at ${sources.entryPoint} to build one from: run "npm run build"`,
      { code: 'bundle_missing' },
    );
  }
  const hash = await hashSources(sources);
  if (prebuiltHash === hash) return { serveUrl: prebuilt, origin: 'prebuilt', built: false };
  const cached = await ensureCachedBundle({
    sources,
    hash,
    cacheDir: input.cacheDir,
    ...(input.bundler ? { bundler: input.bundler } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  return { serveUrl: cached.serveUrl, origin: 'cache', built: cached.built };
}

/** The folder holding package.json above `start`: the repo in development, the app when packaged. */
export function findAppRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}
