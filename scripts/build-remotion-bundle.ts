/**
 * Builds the Remotion bundle the renderer serves, for `npm run build`:
 *
 *   tsx scripts/build-remotion-bundle.ts [outDir]     (default: out/remotion-bundle)
 *
 * Node-only; run with tsx, never imported by the app or bundled by Vite.
 */
import { resolve } from 'node:path';
import {
  buildBundle,
  bundleSourcesFor,
} from '../src/main/infrastructure/providers/remotion/remotion-bundle.js';

const appRoot = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? resolve(appRoot, 'out', 'remotion-bundle'));
const started = performance.now();
let lastReported = -1;

await buildBundle(bundleSourcesFor(appRoot), outDir, {
  onProgress: (progress) => {
    const tens = Math.floor(progress / 10);
    if (tens > lastReported) {
      lastReported = tens;
      process.stdout.write(`\rbundling ${Math.round(progress)} %`);
    }
  },
});
process.stdout.write(
  `\rRemotion bundle written to ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
