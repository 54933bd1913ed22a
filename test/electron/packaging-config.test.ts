// Issue 13, part 3: `npm run package` cannot run offline (electron-builder downloads Electron), so
// its configuration is checked here: app id, what goes in, asar, the fuses hook, native modules.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PACKAGED_SQLITE_BINDING,
  PACKAGED_SQLITE_RESOURCE as STAGED_AS,
} from '../../scripts/electron-sqlite.mjs';
import afterPack from '../../scripts/fuses.mjs';
import {
  electronSqliteBinding,
  PACKAGED_SQLITE_RESOURCE,
} from '../../src/main/presentation/electron/sqlite-binding.js';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const config = require(resolve(ROOT, 'electron-builder.config.cjs')) as {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  extraResources: { from: string; to: string }[];
  afterPack: string;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
};
const pkg = require(resolve(ROOT, 'package.json')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('electron-builder configuration', () => {
  it('names the app and builds installers for every desktop platform', () => {
    expect(config.appId).toBe('app.reelforge.desktop');
    expect(config.productName).toBe('Reelforge');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(pkg.scripts['package']).toBe('npm run build && node scripts/package.mjs');
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\./);
  });

  it('packs the built app (bundles, Remotion bundle, fonts) into an asar, native addons unpacked', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/fonts/**', 'package.json']));
    expect(config.files.some((pattern) => pattern.startsWith('src'))).toBe(false);
    // The CLI's code caches (out/cli/*.v8-cache) belong to the packaging machine's Node.
    expect(config.files).toContain('!**/*.v8-cache');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('sets the fuses after packing, with the hook scripts/fuses.mjs exports', () => {
    expect(resolve(ROOT, config.afterPack)).toBe(resolve(ROOT, 'scripts/fuses.mjs'));
    expect(typeof afterPack).toBe('function');
  });

  it('ships the Electron build of better-sqlite3 as a resource the main process loads, never rebuilding node_modules', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([{ from: PACKAGED_SQLITE_BINDING, to: PACKAGED_SQLITE_RESOURCE }]);
    expect(STAGED_AS).toBe(PACKAGED_SQLITE_RESOURCE);
    const resources = '/opt/Reelforge/resources';
    const packaged = resolve(resources, PACKAGED_SQLITE_RESOURCE);
    expect(
      electronSqliteBinding({
        env: {},
        isPackaged: true,
        resourcesPath: resources,
        exists: (p) => p === packaged,
      }),
    ).toBe(packaged);
    expect(
      electronSqliteBinding({ env: {}, isPackaged: true, resourcesPath: resources, exists: () => false }),
    ).toBeUndefined();
    expect(electronSqliteBinding({ env: {}, isPackaged: false, resourcesPath: resources })).toBeUndefined();
    expect(
      electronSqliteBinding({
        env: { REELFORGE_SQLITE_BINDING: '/dev/native/x.node' },
        isPackaged: false,
        resourcesPath: resources,
      }),
    ).toBe('/dev/native/x.node');
    expect(existsSync(resolve(ROOT, 'scripts/package.mjs'))).toBe(true);
  });
});
