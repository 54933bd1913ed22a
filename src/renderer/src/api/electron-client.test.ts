import { describe, expect, it, vi } from 'vitest';
import type { ReelforgeBridge } from '#shared/api-contract.js';
import { createElectronClient } from './electron-client.js';

function bridge(overrides: Record<string, unknown> = {}): ReelforgeBridge {
  return { transport: 'electron', ...overrides } as unknown as ReelforgeBridge;
}

describe('createElectronClient', () => {
  it('routes calls to the bridge function of the same name', async () => {
    const enqueue = vi.fn().mockResolvedValue({ jobs: [], rejected: [] });
    const api = createElectronClient(bridge({ 'jobs.enqueue': enqueue }));
    await expect(api.call('jobs.enqueue', { libraryIds: ['a'] })).resolves.toEqual({
      jobs: [],
      rejected: [],
    });
    expect(enqueue).toHaveBeenCalledWith({ libraryIds: ['a'] });
  });

  it('strips the IPC prefix from errors', async () => {
    const api = createElectronClient(
      bridge({
        'jobs.get': vi
          .fn()
          .mockRejectedValue(
            new Error("Error invoking remote method 'reelforge:call:jobs.get': Error: no job with id x"),
          ),
      }),
    );
    await expect(api.call('jobs.get', { id: 'x' })).rejects.toThrow(/^no job with id x$/);
  });

  it('subscribes through on<Event> and falls back to the media protocol', () => {
    const off = vi.fn();
    const onJob = vi.fn().mockReturnValue(off);
    const api = createElectronClient(bridge({ onJob }));
    const listener = vi.fn();
    expect(api.on('job', listener)).toBe(off);
    expect(onJob).toHaveBeenCalledWith(listener);
    expect(api.mediaUrl('j1', 'video')).toBe('reelforge-media://job/j1/video');
    expect(api.mediaUrl('j1', 'thumbnail', 'v2')).toBe('reelforge-media://job/j1/thumbnail?v=v2');
    expect(api.channelMediaUrl('water', 'background', '3-17')).toBe(
      'reelforge-media://channel/water/background?v=3-17',
    );
  });
});
