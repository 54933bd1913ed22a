import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { build, defineConfig, type Plugin } from 'vite';

const NODE_BUILTINS = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * Builds the launcher, `reelforge.js` (src/main/presentation/cli/launcher.ts), into the same
 * folder once the bundle is written: it runs `cli.cjs` with a V8 code cache (code-cache.ts).
 */
function cliLauncher(): Plugin {
  let outDir = '';
  return {
    name: 'reelforge-cli-launcher',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'node20',
          ssr: true,
          lib: {
            entry: resolve(import.meta.dirname, 'src/main/presentation/cli/launcher.ts'),
            formats: ['es'],
            fileName: () => 'reelforge.js',
          },
          rollupOptions: { external: NODE_BUILTINS, output: { entryFileNames: 'reelforge.js' } },
        },
      });
    },
  };
}

// Builds the CLI for `bin/reelforge.js` (global installs): the CLI as CommonJS, `cli.cjs` and its
// chunks, and the launcher `reelforge.js` that runs them with a code cache (Node 20 caches no
// compiled code for ES modules). `npm run reelforge` runs the TypeScript source through tsx instead.
export default defineConfig({
  plugins: [cliLauncher()],
  // An SSR build leaves every dependency external unless told otherwise; zod is bundled (below).
  ssr: { noExternal: ['zod'] },
  build: {
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/main/presentation/cli/entry.ts'),
      formats: ['cjs'],
      fileName: () => 'cli.cjs',
    },
    rollupOptions: {
      output: {
        entryFileNames: 'cli.cjs',
        // `serve` and `worker` (with ws, BullMQ, ioredis) stay in chunks of their own, loaded
        // only when those commands run; the launcher caches every chunk's code.
        chunkFileNames: '[name]-[hash].cjs',
        // Packages the CLI loads on demand (Remotion, cloud SDKs, S3) are required, not
        // import()ed: Node 20 loses a script's import() callback when V8 reads the script from a
        // code cache (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and each of them ships CommonJS.
        dynamicImportInCjs: false,
      },
      external: [
        ...NODE_BUILTINS,
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
