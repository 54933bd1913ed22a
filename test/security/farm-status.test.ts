// The farm as the page sees it (`farm.status`, the desktop app as a farm coordinator): the page
// cannot make the coordinator connect to a Redis host of its choosing, move the worker API, or
// learn the API token workers use — over the loopback WebSocket and the IPC dispatch alike.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEnvelope } from '../../src/shared/api-contract.js';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import { startWebApp, type WebApp } from '../../src/main/presentation/loopback/index.js';
import { RedisProcess, freeLoopbackPort } from '../farm/redis-process.js';
import { openSocket, TestClient } from '../loopback/loopback-client.js';
import { makeTempDir } from '../support/temp-dir.js';
import { until } from '../support/until.js';
import { PAGE_TRANSPORTS } from './page-attacker.js';

describe.each(PAGE_TRANSPORTS)('the render farm, from the page over %s', (transport) => {
  const opened: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const close of opened.splice(0).reverse()) await close();
  });

  /** A host the attacker would like Redis traffic (and its password) to go to: counts connections. */
  async function attackerListener(): Promise<{ port: number; connections: () => number }> {
    let connections = 0;
    const server: Server = createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    opened.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const address = server.address();
    return {
      port: typeof address === 'object' && address ? address.port : 0,
      connections: () => connections,
    };
  }

  async function startFarmApp(): Promise<{
    app: WebApp;
    call(name: string, payload: unknown): Promise<ApiEnvelope<unknown>>;
    dataDir: string;
  }> {
    const redis = await RedisProcess.start();
    opened.push(() => redis.stop());
    const temp = makeTempDir('reelforge-farm-attack-');
    opened.push(() => temp.cleanup());
    const dataDir = join(temp.path, 'data');
    const rendererDir = join(temp.path, 'renderer');
    mkdirSync(dataDir);
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({ server: { port: await freeLoopbackPort() } }),
    );
    // No REELFORGE_API_TOKEN: the worker API's token is generated and stored in the data folder.
    const app = await startWebApp({
      dataDir,
      rendererDir,
      port: 0,
      env: { PATH: process.env['PATH'] ?? '', REELFORGE_REDIS_URL: redis.url },
    });
    opened.push(() => app.close());
    await until(() => {
      const farm = app.runtime.farm.overview();
      return farm.enabled && farm.redis === 'connected';
    });
    if (transport === 'ipc') {
      return { app, dataDir, call: (name, payload) => dispatchApiCall(app.runtime.handlers, name, payload) };
    }
    const socket = await openSocket(`ws://127.0.0.1:${app.port}/api?token=${app.token}`, {
      Origin: app.origin,
    });
    if ('refused' in socket) throw new Error(`the loopback server refused the page: ${socket.refused}`);
    opened.push(() => socket.terminate());
    const client = new TestClient(socket);
    return { app, dataDir, call: (name, payload) => client.call(name, payload) };
  }

  it('cannot point the coordinator at a Redis host, or move the worker API', async () => {
    const attacker = await attackerListener();
    const { app, call, dataDir } = await startFarmApp();
    const evil = `redis://127.0.0.1:${attacker.port}`;
    const configBefore = readFileSync(join(dataDir, 'config.json'), 'utf8');
    for (const payload of [
      { redisUrl: evil },
      { redis_url: evil },
      { host: '127.0.0.1', port: attacker.port },
    ]) {
      const reply = await call('farm.status', payload);
      expect(reply.ok, JSON.stringify(payload)).toBe(false);
      if (!reply.ok) expect(reply.error.kind).toBe('invalid-payload');
    }
    for (const patch of [
      { queue: { redis_url: evil } },
      { queue: { redisUrl: evil } },
      { server: { host: '0.0.0.0', port: attacker.port } },
      { global: { redisUrl: evil } },
    ]) {
      const reply = await call('settings.update', { patch });
      expect(reply.ok, JSON.stringify(patch)).toBe(false);
      if (!reply.ok) expect(reply.error.kind).toBe('invalid-payload');
    }
    expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).toBe(configBefore);
    // Long enough for several dispatch and health rounds (every 250 ms) to have used a new address.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(attacker.connections()).toBe(0);
    const farm = await call('farm.status', {});
    expect(farm).toMatchObject({ ok: true, value: { enabled: true, redis: 'connected' } });
    expect(JSON.stringify(farm)).not.toContain(String(attacker.port));
    expect(app.runtime.farm.overview()).toMatchObject({ redisUrl: expect.not.stringContaining(evil) });
  });

  it('never sees the worker API token: only where it is kept', async () => {
    const { call, dataDir } = await startFarmApp();
    const tokenPath = join(dataDir, 'api-token');
    const token = readFileSync(tokenPath, 'utf8').trim();
    expect(token.length).toBeGreaterThanOrEqual(16);
    const farm = await call('farm.status', {});
    expect(farm).toMatchObject({
      ok: true,
      value: { workerApi: { token: expect.stringContaining(tokenPath) } },
    });
    const answers = await Promise.all([
      Promise.resolve(farm),
      call('settings.get', {}),
      call('app.info', {}),
      call('providers.list', {}),
      call('webhooks.list', {}),
    ]);
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(token);
    // Nor by naming the file: the page may not read files it names.
    const read = await call('library.addPaths', { paths: [tokenPath] });
    expect(JSON.stringify(read)).not.toContain(token);
    expect(read.ok).toBe(false);
  });
});
