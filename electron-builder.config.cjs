// Packaging for a connected machine: `npm run package` (scripts/package.mjs stages better-sqlite3
// for Electron, then runs electron-builder, which downloads Electron and its tools — so it cannot
// run offline). Checked by test/electron/packaging-config.test.ts.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'app.reelforge.desktop',
  productName: 'Reelforge',
  directories: { output: 'dist' },
  // The built app only: main, preload and renderer bundles, the Remotion bundle, fonts and samples;
  // not the CLI's V8 code caches (made by this machine's Node, for its own runs).
  files: [
    'out/**',
    'resources/fonts/**',
    'resources/samples/**',
    'package.json',
    '!**/*.map',
    '!**/*.v8-cache',
  ],
  asar: true,
  // Native addons cannot be loaded from inside an archive.
  asarUnpack: ['**/*.node'],
  // Not rebuilt in place: that would turn this checkout's Node build (the CLI's) into Electron's.
  // The Electron build staged by scripts/package.mjs ships as a resource and is loaded through
  // better-sqlite3's nativeBinding (src/main/presentation/electron/sqlite-binding.ts).
  npmRebuild: false,
  extraResources: [{ from: 'native/package/better_sqlite3.node', to: 'better_sqlite3.node' }],
  // RunAsNode, NODE_OPTIONS and --inspect off; asar integrity and asar-only loading on.
  afterPack: './scripts/fuses.mjs',
  linux: { target: ['AppImage', 'deb'], category: 'AudioVideo' },
  mac: { target: ['dmg'], category: 'public.app-category.video' },
  win: { target: ['nsis'] },
};
