import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// Builds the CLI into one Node ESM file for `bin/reelforge.js` (global installs);
// `npm run reelforge` runs the TypeScript source through tsx instead.
export default defineConfig({
  // An SSR build leaves every dependency external unless told otherwise; zod is bundled (below).
  ssr: { noExternal: ['zod'] },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/main/presentation/cli/entry.ts'),
      formats: ['es'],
      fileName: () => 'reelforge.js',
    },
    rollupOptions: {
      output: { entryFileNames: 'reelforge.js' },
      external: [
        ...builtinModules,
        ...builtinModules.map((m) => `node:${m}`),
        'better-sqlite3',
        // zod is bundled: loading its ≈ 60 files through Node's ESM loader costs ≈ 50 ms at every
        // start, the bundled and tree-shaken copy a fraction of that (README, "Speed").
        'fluent-ffmpeg',
        /^@napi-rs\//,
        /^@remotion\//,
        'remotion',
      ],
    },
  },
});
