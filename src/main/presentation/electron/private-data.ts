import { join } from 'node:path';
import { secureDataDir } from '../../composition-root.js';
import { ensurePrivateFolder, makeFilePrivate } from '../../infrastructure/files/private-paths.js';
import { SECRETS_FILE } from './file-secret-store.js';
import { WINDOW_STATE_FILE } from './window-state-store.js';

/** Chromium's caches, cookies and local storage, beside (not among) the database and config. */
export const SESSION_DATA_FOLDER = 'electron';

/**
 * Run before Electron touches the data folder: the folder and Chromium's session folder 0700,
 * and the shell's own files (encrypted keys, window state) 0600 even when an older version
 * left them wider. The runtime tightens the database and config.json itself.
 */
export function secureDesktopData(dataDir: string): string {
  secureDataDir(dataDir);
  const sessionData = join(dataDir, SESSION_DATA_FOLDER);
  ensurePrivateFolder(sessionData);
  for (const file of [SECRETS_FILE, WINDOW_STATE_FILE]) makeFilePrivate(join(dataDir, file));
  return sessionData;
}
