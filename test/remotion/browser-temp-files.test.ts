import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserPool } from '../../src/main/infrastructure/providers/remotion/browser-pool.js';
import { chromiumSocketDir } from '../../src/main/infrastructure/providers/remotion/chromium-socket-dir.js';

// Remotion kills the browser with SIGKILL; Chromium's own socket folder in the temp folder must not
// outlive it (it did: one org.chromium.Chromium.* folder per browser opened, forever).
describe('a Remotion browser leaves nothing in the temp folder', () => {
  it('removes the socket folder Chromium made for itself when the pool closes the browser', async () => {
    const pool = new BrowserPool();
    const lease = await pool.acquire({ executable: '/usr/bin/chromium', chromeMode: 'chrome-for-testing' });
    const socketDir = await chromiumSocketDir(lease.browser);
    try {
      expect(socketDir, 'the running browser names its socket folder').toBeDefined();
      expect(readdirSync(tmpdir())).toContain(basename(socketDir!));
      expect(existsSync(socketDir!)).toBe(true);
    } finally {
      await lease.release({ retire: true });
      await pool.dispose();
    }
    expect(existsSync(socketDir!)).toBe(false);
  }, 60_000);
});
