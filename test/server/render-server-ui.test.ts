import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopRuntime, type DesktopRuntime } from '../../src/main/desktop-runtime.js';
import { startRenderServer, type RenderServer } from '../../src/main/presentation/rest/render-server.js';
import { openSocket, TestClient } from '../loopback/loopback-client.js';
import { makeTempDir } from '../support/temp-dir.js';

const TOKEN = 'ui-and-api-share-this-token';
let temp: ReturnType<typeof makeTempDir>;
let runtime: DesktopRuntime | undefined;
let server: RenderServer | undefined;

afterEach(async () => {
  await server?.close();
  await runtime?.close();
  temp.cleanup();
});

async function start(withUi: boolean, corsOrigins?: string[]): Promise<RenderServer> {
  temp = makeTempDir('reelforge-serve-ui-');
  const rendererDir = join(temp.path, 'renderer');
  mkdirSync(rendererDir);
  if (withUi) writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
  runtime = createDesktopRuntime({ dataDir: join(temp.path, 'data'), env: {}, transport: 'loopback' });
  server = await startRenderServer({
    runtime,
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    version: '1',
    rendererDir,
    corsOrigins,
  });
  return server;
}

describe('reelforge serve on loopback', () => {
  it('serves the UI and its WebSocket API with the API token beside /v1', async () => {
    const { origin, port, servesUi } = await start(true);
    expect(servesUi).toBe(true);
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<title>Reelforge</title>');
    expect((await fetch(`${origin}/v1/health`)).status).toBe(401);
    expect(
      (await fetch(`${origin}/v1/health`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status,
    ).toBe(200);

    const socket = await openSocket(`ws://127.0.0.1:${port}/api?token=${TOKEN}`, { Origin: origin });
    if ('refused' in socket) throw new Error(`refused ${socket.refused}`);
    expect(await new TestClient(socket).value('app.info', {})).toMatchObject({ transport: 'loopback' });
    socket.terminate();
    const refused = await openSocket(`ws://127.0.0.1:${port}/api?token=wrong`, { Origin: origin });
    expect(refused).toHaveProperty('refused');
  });

  it('answers only /v1 when the UI is not built', async () => {
    const { origin, servesUi } = await start(false);
    expect(servesUi).toBe(false);
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(404);
    expect(await page.json()).toEqual({ error: { code: 'not_found', message: 'the REST API is under /v1' } });
  });

  it('sends CORS headers to the configured origins only, preflights included', async () => {
    const { origin } = await start(false, ['https://app.example']);
    const preflight = (from: string) =>
      fetch(`${origin}/v1/renders`, {
        method: 'OPTIONS',
        headers: {
          Origin: from,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const allowed = await preflight('https://app.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const get = (from: string) =>
      fetch(`${origin}/v1/health`, { headers: { Origin: from, Authorization: `Bearer ${TOKEN}` } });
    expect((await get('https://app.example')).headers.get('access-control-allow-origin')).toBe(
      'https://app.example',
    );
    expect((await get('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
