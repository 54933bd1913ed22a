import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserVersion } from './browser-version.js';

describe.skipIf(process.platform === 'win32')('browserVersion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-browser-version-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = (name: string, body: string): string => {
    const path = join(dir, name);
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    return path;
  };

  it('reads the version once per path', async () => {
    const browser = script('chromium', 'echo "Chromium 156.0.8078.108"');
    expect(await browserVersion(browser)).toBe('Chromium 156.0.8078.108');
    script('chromium', 'echo "Chromium 157.0.0.1"');
    expect(await browserVersion(browser)).toBe('Chromium 156.0.8078.108');
  });

  it('asks again after a lookup that failed to run', async () => {
    const browser = script('flaky', 'exit 1');
    expect(await browserVersion(browser)).toBeUndefined();
    script('flaky', 'echo "Google Chrome 156.0.8078.108"');
    expect(await browserVersion(browser)).toBe('Google Chrome 156.0.8078.108');
  });

  it('does not ask again a binary that ran but named no version', async () => {
    const browser = script('quiet', 'exit 0');
    expect(await browserVersion(browser)).toBeUndefined();
    script('quiet', 'echo "Chromium 156.0.8078.108"');
    expect(await browserVersion(browser)).toBeUndefined();
  });
});
