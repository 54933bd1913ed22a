import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebApp, WebAppError } from '../../src/main/presentation/loopback/index.js';
import { openSocket, TestClient } from './loopback-client.js';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('startWebApp', () => {
  it('says to run `npm run build` when the UI is not built, naming the missing file', async () => {
    const rendererDir = tempDir('reelforge-unbuilt-');
    const error = await startWebApp({ dataDir: tempDir('reelforge-data-'), env: {}, rendererDir }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebAppError);
    expect((error as Error).message).toContain(join(rendererDir, 'index.html'));
    expect((error as Error).message).toContain('npm run build');
  });

  it('runs the loopback runtime on its data folder and stops cleanly', async () => {
    const rendererDir = tempDir('reelforge-ui-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>UI</title>');
    const dataDir = tempDir('reelforge-data-');
    const app = await startWebApp({ dataDir, env: {}, rendererDir, port: 0 });
    try {
      expect(app.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${app.port}/#token=[A-Za-z0-9_-]{43}$`));
      const socket = await openSocket(`ws://127.0.0.1:${app.port}/api?token=${app.token}`, {
        Origin: app.origin,
      });
      if ('refused' in socket) throw new Error(`refused ${socket.refused}`);
      const client = new TestClient(socket);
      expect(await client.value('app.info', {})).toMatchObject({ transport: 'loopback', dataDir });
      socket.terminate();
    } finally {
      await app.close();
    }
  });

  it('explains a port already in use', async () => {
    const rendererDir = tempDir('reelforge-ui-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    const first = await startWebApp({ dataDir: tempDir('reelforge-data-'), env: {}, rendererDir });
    try {
      await expect(
        startWebApp({ dataDir: tempDir('reelforge-data-'), env: {}, rendererDir, port: first.port }),
      ).rejects.toThrow(`port ${first.port}: already in use on 127.0.0.1; pass --port 0 for a free one`);
    } finally {
      await first.close();
    }
  });
});
