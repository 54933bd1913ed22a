import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temp folder; `cleanup` removes it. */
export function makeTempDir(prefix = 'reelforge-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A fresh temp folder for each test of the calling file or `describe` (shared with the colocated tests). */
export { useTempDirPerTest } from '../../src/main/infrastructure/test-support/temp-dirs.js';
