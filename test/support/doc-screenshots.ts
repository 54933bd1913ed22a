import { join } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

/**
 * Where the UI tests save their screenshots. The README shows the ones in docs/screenshots, so
 * they are rewritten there only on request (`REELFORGE_UPDATE_SCREENSHOTS=1`); every other run
 * saves them under test-results/screenshots (ignored by git), so running the tests leaves the
 * working tree as it was.
 */
export function docScreenshotsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.REELFORGE_UPDATE_SCREENSHOTS === '1'
    ? join(REPO_ROOT, 'docs/screenshots')
    : join(REPO_ROOT, 'test-results/screenshots');
}
