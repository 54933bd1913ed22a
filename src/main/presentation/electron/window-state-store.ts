import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../infrastructure/config/index.js';
import { parseWindowState, type WindowState } from './window-state.js';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved window state of this data folder, or the defaults. */
export function loadWindowState(dataDir: string): WindowState {
  try {
    return parseWindowState(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return parseWindowState(undefined);
  }
}

/** Saves the state; a failure (read-only disk) only costs the remembered position. */
export function saveWindowState(dataDir: string, state: WindowState): boolean {
  try {
    writeFileAtomic(join(dataDir, WINDOW_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}
