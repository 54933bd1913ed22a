import { describe, expect, it, vi } from 'vitest';
import { takeLoopbackToken, TOKEN_STORAGE_KEY } from './loopback-token.js';

function sources(hash: string, stored?: string) {
  const store = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  return {
    location: { hash, pathname: '/', search: '' },
    storage: {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    },
    history: { state: null, replaceState: vi.fn() },
    store,
  };
}

describe('takeLoopbackToken', () => {
  it('takes the token from the hash, stores it and removes it from the URL', () => {
    const s = sources('#token=abc123');
    expect(takeLoopbackToken(s)).toBe('abc123');
    expect(s.store.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(s.history.replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('falls back to the stored token after a reload', () => {
    const s = sources('', 'stored');
    expect(takeLoopbackToken(s)).toBe('stored');
    expect(s.history.replaceState).not.toHaveBeenCalled();
  });

  it('returns undefined when there is no token anywhere', () => {
    expect(takeLoopbackToken(sources('#other=1'))).toBeUndefined();
  });
});
