// The `reelforge` command as built (out/cli/reelforge.js, which bin/reelforge.js loads): runs the
// CLI bundle beside it (cli.cjs, built from entry.ts, and its chunks) with their V8 code caches
// (code-cache.ts). REELFORGE_CODE_CACHE=off runs it without them.
import { join } from 'node:path';
import { runCachedBundle } from './code-cache.js';

const bundle = runCachedBundle(join(import.meta.dirname, 'cli.cjs'), {
  cache: process.env['REELFORGE_CODE_CACHE'] !== 'off',
});
process.once('exit', () => bundle.saveCache());
