import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Native and heavy Node-only packages stay external: they are loaded from node_modules at run
// time (better-sqlite3 is a native addon; Remotion's bundler must never be bundled by Vite).
const nodeExternals = [
  'better-sqlite3',
  'electron',
  /^@remotion\//,
  'remotion',
  'fluent-ffmpeg',
  /^@napi-rs\//,
];

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/main/presentation/electron/main.ts') },
        external: nodeExternals,
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): zod and the contract are inlined.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        external: ['electron'],
        // Sandboxed preloads cannot be ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    // resources/fonts is served next to index.html (fonts/…): the Remotion preview loads the
    // same font files the renderers use, with no network.
    publicDir: resolve(import.meta.dirname, 'resources'),
    build: {
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
