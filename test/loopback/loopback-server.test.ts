import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import type { EnqueueResult, LibraryEntry, VideoJob } from '../../src/shared/api-types.js';
import { startLoopbackServer, type LoopbackServer } from '../../src/main/presentation/loopback/index.js';
import { loopbackMediaPath } from '../../src/shared/loopback-protocol.js';
import { AIR_SCRIPT, createDesktopFixture, type DesktopFixture } from '../security/desktop-fixture.js';
import { makeRendererWithTraps } from '../support/renderer-with-traps.js';
import { openSocket, rawGet, TestClient } from './loopback-client.js';

let fixture: DesktopFixture;
let server: LoopbackServer;
let renderer: ReturnType<typeof makeRendererWithTraps>;
let rendererDir: string;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  fixture = createDesktopFixture();
  renderer = makeRendererWithTraps(
    'reelforge-renderer-',
    '<!doctype html><title>Reelforge</title><script type="module" src="/assets/app.js"></script>',
  );
  rendererDir = renderer.rendererDir;
  server = await startLoopbackServer({ runtime: fixture.runtime, rendererDir, port: 0 });
});

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await server.close();
  await fixture.close();
  renderer.cleanup();
});

const apiUrl = (token?: string) =>
  `ws://127.0.0.1:${server.port}/api${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;

async function connectClient(origin = server.origin): Promise<TestClient> {
  const socket = await openSocket(apiUrl(server.token), { Origin: origin });
  if ('refused' in socket) throw new Error(`refused with ${socket.refused}`);
  sockets.push(socket);
  return new TestClient(socket);
}

describe('loopback server: address and token', () => {
  it('prints a URL on 127.0.0.1 carrying a 32-byte token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
  });

  it('listens on 127.0.0.1 only: other addresses of this machine refuse connections', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((info) => info !== undefined && !info.internal)
      .map((info) => info!.address);
    for (const address of ['::1', ...others]) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('uses a different token on every launch', async () => {
    const second = await startLoopbackServer({ runtime: fixture.runtime, rendererDir, port: 0 });
    try {
      expect(second.token).not.toBe(server.token);
    } finally {
      await second.close();
    }
  });
});

describe('loopback server: WebSocket upgrade checks', () => {
  it('refuses a connection without a token (401)', async () => {
    expect(await openSocket(apiUrl(), { Origin: server.origin })).toEqual({ refused: 401 });
  });

  it('refuses a wrong token, including a prefix of the real one (401)', async () => {
    expect(await openSocket(apiUrl('nope'), { Origin: server.origin })).toEqual({ refused: 401 });
    expect(await openSocket(apiUrl(server.token.slice(0, -1)), { Origin: server.origin })).toEqual({
      refused: 401,
    });
  });

  it.each([['http://evil.example'], [`http://127.0.0.1:${1}`], ['null'], ['https://127.0.0.1']])(
    'refuses the Origin %s (403) even with the right token',
    async (origin) => {
      expect(await openSocket(apiUrl(server.token), { Origin: origin })).toEqual({ refused: 403 });
    },
  );

  it('refuses a connection that sends no Origin (403)', async () => {
    expect(await openSocket(apiUrl(server.token), {})).toEqual({ refused: 403 });
  });

  it('refuses a foreign Host header, as DNS rebinding would send (403)', async () => {
    const outcome = await openSocket(apiUrl(server.token), {
      Origin: server.origin,
      Host: `evil.example:${server.port}`,
    });
    expect(outcome).toEqual({ refused: 403 });
  });

  it('accepts the page origin on 127.0.0.1 and on localhost', async () => {
    const viaIp = await connectClient();
    const viaName = await connectClient(`http://localhost:${server.port}`);
    expect(await viaIp.value('app.info', {})).toMatchObject({ transport: 'loopback', canRevealFiles: false });
    expect(await viaName.value('app.info', {})).toMatchObject({ dataDir: fixture.dataDir });
  });
});

describe('loopback server: calls and events', () => {
  it('adds a script with library.addFiles and tells every client through a library event', async () => {
    const client = await connectClient();
    const watcher = await connectClient();
    const [entry] = await client.value<LibraryEntry[]>('library.addFiles', {
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    });
    expect(entry).toMatchObject({ status: 'valid', channel: 'air', topic: 'T' });
    await watcher.waitForEvent(
      (e) => e.event === 'library' && e.payload.type === 'entry-updated' && e.payload.entry.id === entry!.id,
    );
  });

  it('answers a malformed payload with an invalid-payload envelope naming the field', async () => {
    const client = await connectClient();
    expect(await client.call('library.addFiles', { files: [{ name: '', content: 'x' }] })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload', message: expect.stringContaining('files.0.name') },
    });
    expect(await client.call('jobs.delete', { id: 'x' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload', message: expect.stringContaining('deleteFiles') },
    });
    expect(await client.call('app.info', { extra: 1 })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload' },
    });
  });

  it('refuses unknown call names, including inherited object keys', async () => {
    const client = await connectClient();
    for (const name of ['shell.exec', '__proto__', 'constructor', 'toString']) {
      expect(await client.call(name, {}), name).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload', message: expect.stringContaining('unknown call') },
      });
    }
  });

  it('answers not-found for a job that does not exist', async () => {
    const client = await connectClient();
    expect(await client.call('jobs.get', { id: 'no-such-job' })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('closes the connection on a frame that is not a call message (1007)', async () => {
    const client = await connectClient();
    const closed = new Promise<number>((resolve) => client.socket.once('close', (code) => resolve(code)));
    client.socket.send('not json');
    expect(await closed).toBe(1007);
  });

  it('pushes job events for a queued mock render until it completes', async () => {
    const client = await connectClient();
    const [entry] = await client.value<LibraryEntry[]>('library.addFiles', {
      files: [{ name: 'events.json', content: AIR_SCRIPT }],
    });
    const result = await client.value<EnqueueResult>('jobs.enqueue', {
      libraryIds: [entry!.id],
      provider: 'mock',
    });
    expect(result.rejected).toEqual([]);
    const jobId = result.jobs[0]!.id;
    await client.waitForEvent(
      (e) => e.event === 'job' && e.payload.type === 'job-added' && e.payload.job.id === jobId,
    );
    await client.waitForEvent(
      (e) => e.event === 'job' && e.payload.type === 'job-progress' && e.payload.jobId === jobId,
    );
    await client.waitForEvent(
      (e) =>
        e.event === 'job' &&
        e.payload.type === 'job-updated' &&
        e.payload.job.id === jobId &&
        e.payload.job.status === 'completed',
    );
    expect((await client.value<VideoJob>('jobs.get', { id: jobId })).status).toBe('completed');
  });
});

describe('loopback server: media', () => {
  let job: VideoJob;
  beforeAll(async () => {
    job = await fixture.renderMock();
  });
  const mediaPath = (id: string, kind: 'video' | 'thumbnail', token?: string) =>
    `${loopbackMediaPath(id, kind)}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;

  it('serves a finished job file with the token, with Range support', async () => {
    const full = await rawGet(server.port, mediaPath(job.id, 'video', server.token));
    expect(full.status).toBe(200);
    expect(full.headers['content-type']).toBe('application/json');
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.body.toString()).toContain('reelforge-render-manifest');
    const part = await rawGet(server.port, mediaPath(job.id, 'video', server.token), { Range: 'bytes=0-9' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-9/${full.body.length}`);
    expect(part.body.equals(full.body.subarray(0, 10))).toBe(true);
    const bad = await rawGet(server.port, mediaPath(job.id, 'video', server.token), {
      Range: `bytes=${full.body.length}-`,
    });
    expect(bad.status).toBe(416);
  });

  it('clamps a Range end past the file, however many digits, to a 206 of the rest (RFC 9110)', async () => {
    const full = await rawGet(server.port, mediaPath(job.id, 'video', server.token));
    const size = full.body.length;
    for (const end of ['99999999999999999999', '9'.repeat(200), String(size)]) {
      const part = await rawGet(server.port, mediaPath(job.id, 'video', server.token), {
        Range: `bytes=0-${end}`,
      });
      expect(part.status, end).toBe(206);
      expect(part.headers['content-range']).toBe(`bytes 0-${size - 1}/${size}`);
      expect(part.body.equals(full.body)).toBe(true);
    }
    const tail = await rawGet(server.port, mediaPath(job.id, 'video', server.token), {
      Range: 'bytes=-99999999999999999999',
    });
    expect(tail.status).toBe(206);
    expect(tail.body.equals(full.body)).toBe(true);
    // A start past the end stays unsatisfiable, however it is spelled.
    for (const start of ['99999999999999999999', String(size)]) {
      const bad = await rawGet(server.port, mediaPath(job.id, 'video', server.token), {
        Range: `bytes=${start}-99999999999999999999`,
      });
      expect(bad.status, start).toBe(416);
      expect(bad.headers['content-range']).toBe(`bytes */${size}`);
    }
  });

  it('refuses media without the token or with a wrong one (401)', async () => {
    expect((await rawGet(server.port, mediaPath(job.id, 'video'))).status).toBe(401);
    expect((await rawGet(server.port, mediaPath(job.id, 'video', 'wrong'))).status).toBe(401);
  });

  it.each([
    ['/media/job/..%2F..%2Fpackage.json/video'],
    ['/media/job/%2e%2e/video'],
    ['/media/job/../../package.json'],
    ['/media/job/a%00/video'],
    ['/media/job/%2Fetc%2Fpasswd/video'],
    ['/media/job/JOB/video/extra'],
    ['/media/job/JOB/source'],
  ])('answers 404 for %s even with the token', async (path) => {
    const url = `${path.replace('JOB', job.id)}?token=${server.token}`;
    expect((await rawGet(server.port, url)).status).toBe(404);
  });
});

describe('loopback server: static files', () => {
  it('serves index.html with a strict CSP, nosniff and no framing', async () => {
    const response = await rawGet(server.port, '/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`ws://127.0.0.1:${server.port}`);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves assets with their MIME type', async () => {
    const response = await rawGet(server.port, '/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['/../secret.json'],
    ['/%2e%2e/secret.json'],
    ['/%2e%2e%2fsecret.json'],
    ['/assets/..%2f..%2fsecret.json'],
    ['/assets%2f..%2f..%2fsecret.json'],
    ['/..%5csecret.json'],
    ['/link.json'],
    ['/assets'],
    ['/assets/'],
    ['/.env'],
    ['/index.html%00.js'],
    ['/%E0%A4%A'],
  ])('answers 404 for %s (no traversal, no listing, no dotfiles)', async (path) => {
    const response = await rawGet(server.port, path);
    expect(response.status).toBe(404);
    expect(response.body.toString()).not.toContain('leaked');
  });

  it('refuses other methods (405) and foreign Host headers (403)', async () => {
    expect((await rawGet(server.port, '/', {}, 'POST')).status).toBe(405);
    expect((await rawGet(server.port, '/', { Host: `attacker.example:${server.port}` })).status).toBe(403);
  });
});
