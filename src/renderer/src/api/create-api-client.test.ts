// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReelforgeBridge } from '#shared/api-contract.js';
import { FakeWebSocket } from '../test-support/fake-web-socket.js';
import { createApiClientWithConnection } from './create-api-client.js';
import { TOKEN_STORAGE_KEY } from './loopback-token.js';

describe('createApiClientWithConnection', () => {
  beforeEach(() => {
    FakeWebSocket.reset();
    sessionStorage.clear();
  });
  afterEach(() => {
    delete window.reelforge;
    history.replaceState(null, '', '/');
  });

  it('uses the Electron bridge when the preload exposed one', async () => {
    window.reelforge = {
      transport: 'electron',
      'app.info': vi.fn().mockResolvedValue({ version: '9' }),
    } as unknown as ReelforgeBridge;
    const { api, connection } = await createApiClientWithConnection();
    expect(api.transport).toBe('electron');
    expect(connection.state).toBe('open');
    await expect(api.call('app.info', {})).resolves.toEqual({ version: '9' });
  });

  it('connects the loopback socket with the token from the URL, which it then hides', async () => {
    history.replaceState(null, '', '/#token=tok123');
    const pending = createApiClientWithConnection({ createSocket: (url) => new FakeWebSocket(url) });
    FakeWebSocket.latest().open();
    const { api, connection } = await pending;
    expect(FakeWebSocket.latest().url).toBe(`ws://${location.host}/api?token=tok123`);
    expect(connection.state).toBe('open');
    expect(api.mediaUrl('j', 'video')).toBe('/media/job/j/video?token=tok123');
    expect(location.hash).toBe('');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('tok123');
  });

  it('reports "no-token" and rejects calls with the way to start the server', async () => {
    const { api, connection } = await createApiClientWithConnection({
      createSocket: (url) => new FakeWebSocket(url),
    });
    expect(connection.state).toBe('no-token');
    expect(FakeWebSocket.instances).toHaveLength(0);
    await expect(api.call('app.info', {})).rejects.toThrow(
      'Not connected — start Reelforge with `npm run web`',
    );
  });
});
