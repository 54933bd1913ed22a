import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebSocket } from '../test-support/fake-web-socket.js';
import { LoopbackClient, loopbackSocketUrl } from './loopback-client.js';
import { NotConnectedError } from './connection.js';

function makeClient(): LoopbackClient {
  return new LoopbackClient({
    url: 'ws://127.0.0.1:4000/api?token=secret',
    token: 'secret',
    createSocket: (url) => new FakeWebSocket(url),
    initialBackoffMs: 100,
    maxBackoffMs: 400,
  });
}

describe('LoopbackClient', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('connects to the given URL and matches results to calls by id, whatever the order', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    expect(socket.url).toBe('ws://127.0.0.1:4000/api?token=secret');
    socket.open();

    const info = client.call('app.info', {});
    const list = client.call('library.list', {});
    const [first, second] = socket.sentMessages();
    expect(first).toMatchObject({ type: 'call', name: 'app.info', payload: {} });
    expect(second).toMatchObject({ type: 'call', name: 'library.list' });
    expect(first!.id).not.toBe(second!.id);

    socket.receive({ type: 'result', id: second!.id, envelope: { ok: true, value: [] } });
    socket.receive({ type: 'result', id: first!.id, envelope: { ok: true, value: { version: '1.0.0' } } });
    await expect(list).resolves.toEqual([]);
    await expect(info).resolves.toEqual({ version: '1.0.0' });
  });

  it('turns an error envelope into an Error with the server message', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    socket.open();
    const call = client.call('jobs.get', { id: 'nope' });
    const { id } = socket.sentMessages()[0]!;
    socket.receive({
      type: 'result',
      id,
      envelope: { ok: false, error: { kind: 'not-found', message: 'no job with id nope' } },
    });
    await expect(call).rejects.toThrow('no job with id nope');
  });

  it('sends calls made while connecting once the socket opens', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    const call = client.call('settings.get', {});
    expect(socket.sent).toHaveLength(0);
    socket.open();
    const { id, name } = socket.sentMessages()[0]!;
    expect(name).toBe('settings.get');
    socket.receive({ type: 'result', id, envelope: { ok: true, value: 'ok' } });
    await expect(call).resolves.toBe('ok');
  });

  it('delivers events to every subscriber until it unsubscribes, and survives a throwing listener', () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    socket.open();
    const seen: unknown[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    client.on('job', () => {
      throw new Error('broken view');
    });
    const off = client.on('job', (payload) => seen.push(payload));
    const progress = { type: 'job-progress', jobId: 'j1', progress: 0.5, stage: 'rendering' };
    socket.receive({ type: 'event', event: 'job', payload: progress });
    socket.receive({ type: 'event', event: 'library', payload: { type: 'entry-removed', id: 'x' } });
    off();
    socket.receive({ type: 'event', event: 'job', payload: progress });
    expect(seen).toEqual([progress]);
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('ignores malformed messages and results for unknown ids', async () => {
    const client = makeClient();
    const socket = FakeWebSocket.latest();
    socket.open();
    const call = client.call('app.info', {});
    socket.receive('not json {');
    socket.receive({ type: 'result', id: 999, envelope: { ok: true, value: 'stray' } });
    const { id } = socket.sentMessages()[0]!;
    socket.receive({ type: 'result', id, envelope: { ok: true, value: 'mine' } });
    await expect(call).resolves.toBe('mine');
  });

  it('rejects pending calls when the connection drops and reconnects with a growing back-off', async () => {
    const client = makeClient();
    const states: string[] = [];
    client.onStateChange((s) => states.push(s));
    FakeWebSocket.latest().open();
    const pending = client.call('library.list', {});
    FakeWebSocket.latest().serverClose();
    await expect(pending).rejects.toBeInstanceOf(NotConnectedError);
    expect(client.state).toBe('closed');
    await expect(client.call('app.info', {})).rejects.toThrow('npm run web');

    expect(FakeWebSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(99);
    expect(FakeWebSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(2);
    // The second attempt fails too: the next wait is doubled.
    FakeWebSocket.latest().serverClose();
    vi.advanceTimersByTime(199);
    expect(FakeWebSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeWebSocket.instances).toHaveLength(3);
    FakeWebSocket.latest().open();
    expect(states).toEqual(['open', 'closed', 'connecting', 'closed', 'connecting', 'open']);

    // Events keep flowing to listeners registered before the reconnect.
    const seen: unknown[] = [];
    client.on('settings', (s) => seen.push(s));
    FakeWebSocket.latest().receive({ type: 'event', event: 'settings', payload: { a: 1 } });
    expect(seen).toEqual([{ a: 1 }]);
  });

  it('caps the back-off and resets it after a successful connection', () => {
    makeClient();
    for (const wait of [100, 200, 400, 400]) {
      FakeWebSocket.latest().serverClose();
      const before = FakeWebSocket.instances.length;
      vi.advanceTimersByTime(wait);
      expect(FakeWebSocket.instances.length).toBe(before + 1);
    }
    FakeWebSocket.latest().open();
    FakeWebSocket.latest().serverClose();
    const before = FakeWebSocket.instances.length;
    vi.advanceTimersByTime(100);
    expect(FakeWebSocket.instances.length).toBe(before + 1);
  });

  it('reconnectNow skips the wait; dispose stops reconnecting', () => {
    const client = makeClient();
    FakeWebSocket.latest().serverClose();
    client.reconnectNow();
    expect(FakeWebSocket.instances).toHaveLength(2);
    client.dispose();
    vi.advanceTimersByTime(10_000);
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(client.state).toBe('closed');
  });

  it('builds media URLs on the same origin with the token and an optional version', () => {
    const client = makeClient();
    expect(client.mediaUrl('job 1', 'video')).toBe('/media/job/job%201/video?token=secret');
    expect(client.mediaUrl('j', 'thumbnail', '2024-01-01T00:00:00Z')).toBe(
      '/media/job/j/thumbnail?token=secret&v=2024-01-01T00%3A00%3A00Z',
    );
  });

  it("builds a channel's media URL by channel id, with the token and the file's version", () => {
    const client = makeClient();
    expect(client.channelMediaUrl('water', 'background', '2400000-1700000000000.5')).toBe(
      '/media/channel/water/background?token=secret&v=2400000-1700000000000.5',
    );
    expect(client.channelMediaUrl('my channel', 'background')).toBe(
      '/media/channel/my%20channel/background?token=secret',
    );
  });
});

describe('loopbackSocketUrl', () => {
  it('uses the page host and escapes the token', () => {
    expect(loopbackSocketUrl({ protocol: 'http:', host: '127.0.0.1:5123' }, 'a+b')).toBe(
      'ws://127.0.0.1:5123/api?token=a%2Bb',
    );
  });
});
