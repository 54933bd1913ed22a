// How the UI learns whether the backend is reachable. Electron's bridge is always "open"; the
// loopback client moves between the states as its WebSocket opens, drops and reconnects.
export type ConnectionState = 'connecting' | 'open' | 'closed' | 'no-token';

export interface ConnectionMonitor {
  readonly state: ConnectionState;
  /** Called on every state change; returns an unsubscribe. */
  onStateChange(listener: (state: ConnectionState) => void): () => void;
  /** Skips the back-off wait and tries to connect at once. */
  reconnectNow(): void;
}

export const NOT_CONNECTED_MESSAGE = 'Not connected — start Reelforge with `npm run web`';

/** Thrown for calls made while no backend is reachable. */
export class NotConnectedError extends Error {
  constructor(message = NOT_CONNECTED_MESSAGE) {
    super(message);
    this.name = 'NotConnectedError';
  }
}

export const ALWAYS_OPEN: ConnectionMonitor = {
  state: 'open',
  onStateChange: () => () => undefined,
  reconnectNow: () => undefined,
};
