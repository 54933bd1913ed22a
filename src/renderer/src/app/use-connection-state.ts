import { useEffect, useState } from 'react';
import type { ConnectionMonitor, ConnectionState } from '../api/connection.js';

/** The connection state, and how many times it has (re)opened, so views can reload after a drop. */
export function useConnectionState(connection: ConnectionMonitor): { state: ConnectionState; epoch: number } {
  const [state, setState] = useState(connection.state);
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    setState(connection.state);
    return connection.onStateChange((next) => {
      setState(next);
      if (next === 'open') setEpoch((e) => e + 1);
    });
  }, [connection]);
  return { state, epoch };
}
