import { join } from 'node:path';
import { dialog, safeStorage, shell, type BrowserWindow } from 'electron';
import { SCRIPT_EXTENSIONS } from '#core/script-files.js';
import type { DesktopPlatform } from '../api/desktop-platform.js';
import { FileSecretStore, SECRETS_FILE, type StringCipher } from './file-secret-store.js';

export { SECRETS_FILE };

/**
 * safeStorage as a cipher. On Linux without a keyring Electron falls back to a hard-coded key
 * ("basic_text"), which is obfuscation, not encryption: treat that as unavailable.
 */
const keychainCipher: StringCipher = {
  isEncryptionAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encryptString: (text) => safeStorage.encryptString(text),
  decryptString: (encrypted) => safeStorage.decryptString(encrypted),
};

/** What only the desktop shell can do: reveal files, native dialogs, encrypted API keys. */
export function createElectronPlatform(options: {
  readonly dataDir: string;
  readonly window: () => BrowserWindow | undefined;
}): DesktopPlatform {
  const withWindow = <T>(open: (window: BrowserWindow | undefined) => Promise<T>) => open(options.window());
  return {
    revealFile: (path) => shell.showItemInFolder(path),
    chooseScripts: () =>
      withWindow(async (window) => {
        const settings: Electron.OpenDialogOptions = {
          title: 'Open scripts',
          buttonLabel: 'Add to library',
          // Linux and Windows cannot offer files and folders in one dialog; files win there.
          properties:
            process.platform === 'darwin'
              ? ['openFile', 'openDirectory', 'multiSelections']
              : ['openFile', 'multiSelections'],
          filters: [
            { name: 'Scripts', extensions: SCRIPT_EXTENSIONS.map((extension) => extension.slice(1)) },
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const result = window
          ? await dialog.showOpenDialog(window, settings)
          : await dialog.showOpenDialog(settings);
        return result.canceled ? [] : result.filePaths;
      }),
    chooseFolder: () =>
      withWindow(async (window) => {
        const settings: Electron.OpenDialogOptions = {
          title: 'Choose the output folder',
          properties: ['openDirectory', 'createDirectory'],
        };
        const result = window
          ? await dialog.showOpenDialog(window, settings)
          : await dialog.showOpenDialog(settings);
        return result.canceled ? undefined : result.filePaths[0];
      }),
    chooseFile: (choice) =>
      withWindow(async (window) => {
        const settings: Electron.OpenDialogOptions = {
          title: choice.title,
          properties: ['openFile'],
          filters: [
            ...(choice.filters ?? []).map((f) => ({ name: f.name, extensions: [...f.extensions] })),
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const result = window
          ? await dialog.showOpenDialog(window, settings)
          : await dialog.showOpenDialog(settings);
        return result.canceled ? undefined : result.filePaths[0];
      }),
    confirmBinaryPath: (providerId, path) =>
      withWindow((window) =>
        askToAllow(window, {
          title: 'Run this program?',
          message: `Use this program as the ${providerId} tool?`,
          detail: `${path}\n\nReelforge will run it to render videos. Choose "Use it" only if you set this path yourself.`,
          allow: 'Use it',
        }),
      ),
    confirmWebhook: (url) =>
      withWindow((window) =>
        askToAllow(window, {
          title: 'Send render events to this address?',
          message: 'Add this webhook?',
          detail: `${url}\n\nReelforge will POST every chosen render event (topic, status, file addresses) there. Choose "Add" only if you typed this address yourself.`,
          allow: 'Add',
        }),
      ),
    secrets: new FileSecretStore(join(options.dataDir, SECRETS_FILE), keychainCipher),
  };
}

/**
 * A warning with Cancel (the default) and `allow`, drawn by main: the page asked for this, and
 * only the user, in a dialog the page cannot draw, may allow it.
 */
async function askToAllow(
  window: BrowserWindow | undefined,
  ask: { title: string; message: string; detail: string; allow: string },
): Promise<boolean> {
  const settings: Electron.MessageBoxOptions = {
    type: 'warning',
    title: ask.title,
    message: ask.message,
    detail: ask.detail,
    buttons: ['Cancel', ask.allow],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const result = window
    ? await dialog.showMessageBox(window, settings)
    : await dialog.showMessageBox(settings);
  return result.response === 1;
}
