import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function electronInstalled(): boolean {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path);
  } catch {
    return false;
  }
}

describe.skipIf(electronInstalled())('scripts/start.mjs without the Electron binary', () => {
  it.each([['start'], ['dev']])(
    '`%s` exits 1 with one message naming the alternatives, no stack trace',
    (mode) => {
      // ELECTRON_SKIP_BINARY_DOWNLOAD makes Electron's installer a no-op, as an offline download would fail.
      const result = spawnSync(process.execPath, ['scripts/start.mjs', mode], {
        cwd: ROOT,
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('the Electron binary is not installed');
      expect(result.stderr).toContain('npm run web');
      expect(result.stderr).toContain('npm run reelforge -- render <script>');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('refuses an unknown mode with a usage line', () => {
    const result = spawnSync(process.execPath, ['scripts/start.mjs', 'deploy'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: node scripts/start.mjs <start|dev>');
  });
});
