import { useEffect } from 'react';
import type { ViewId } from './navigation.js';

/** The desktop preload also forwards native menu commands (`onMenu`); browsers have none. */
type MenuBridge = { onMenu?: (listener: (command: string) => void) => () => void };

const VIEW_FOR_COMMAND: Readonly<Record<string, ViewId>> = { 'open-settings': 'settings' };

/** Follows native menu commands such as "open-settings". */
export function useMenuCommands(navigate: (view: ViewId) => void): void {
  useEffect(() => {
    const bridge = window.reelforge as MenuBridge | undefined;
    if (typeof bridge?.onMenu !== 'function') return;
    return bridge.onMenu((command) => {
      const view = VIEW_FOR_COMMAND[command];
      if (view) navigate(view);
    });
  }, [navigate]);
}
