// Temp folders for the colocated tests of the infrastructure: made before each test, removed after
// it, so a failing test leaves nothing behind and no test sees another's files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { JsonConfigManager } from '../config/json-config-manager.js';

/** A fresh temp folder for each test of the calling file or `describe`; `path` is the current one. */
export function useTempDirPerTest(prefix: string): { readonly path: string } {
  let current: string | undefined;
  beforeEach(() => {
    current = mkdtempSync(join(tmpdir(), prefix));
  });
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get path() {
      if (!current) throw new Error('the temp folder exists only inside a test');
      return current;
    },
  };
}

/**
 * Opens config managers over temp data folders whose config.json holds `content` (no environment);
 * the folders are removed after each test.
 */
export function useTempConfigs(
  prefix: string,
): (content: unknown) => { dir: string; config: JsonConfigManager } {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return (content) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    writeFileSync(join(dir, 'config.json'), JSON.stringify(content));
    return { dir, config: JsonConfigManager.open({ dataDir: dir, env: {} }) };
  };
}
