// The loopback server prints `http://127.0.0.1:<port>/#token=<token>`. The page keeps the token
// in sessionStorage (so a reload still works) and removes it from the address bar, where it
// would otherwise end up in screenshots and shared links.
export const TOKEN_STORAGE_KEY = 'reelforge.loopbackToken';

export interface TokenSources {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
}

/** The token from `#token=…` (stored, then hidden from the URL), else the stored one. */
export function takeLoopbackToken(sources: TokenSources): string | undefined {
  const { location, storage, history } = sources;
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token')?.trim();
  if (fromHash) {
    try {
      storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage may be disabled; the token still works for this page load.
    }
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    return fromHash;
  }
  try {
    return storage.getItem(TOKEN_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
