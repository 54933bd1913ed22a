// The Electron shell: everything Electron-specific and nothing else. The API, media checks,
// window-state maths and URL rules live in plain modules that run (and are tested) under Node.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createDesktopRuntime, type DesktopRuntime } from '../../desktop-runtime.js';
import { startDesktopCoordinator, type DesktopCoordinator } from '../rest/desktop-coordinator.js';
import { describeError } from '#core/errors.js';
import { resolveDataDir } from '../../infrastructure/config/index.js';
import { resolveAppLocation } from './app-location.js';
import { appMenuTemplate } from './app-menu.js';
import { scriptPathsFromArgv } from './argv-scripts.js';
import { electronSqliteBinding } from './sqlite-binding.js';
import { createElectronPlatform } from './electron-platform.js';
import { registerIpcApi } from './ipc-api.js';
import { createMainWindow } from './main-window.js';
import { handleAppProtocol } from './app-protocol.js';
import { handleMediaProtocol, registerPrivilegedSchemes } from './media-protocol.js';
import { MENU_CHANNEL, type MenuCommand } from '#shared/menu-commands.js';
import { loadWindowState, saveWindowState } from './window-state-store.js';
import { SESSION_DATA_FOLDER, secureDesktopData } from './private-data.js';

// Privileged schemes must be declared before `ready`.
registerPrivilegedSchemes();

// The CLI and the app share one data folder, hence one database and config.json.
const dataDir = resolveDataDir(process.env);
app.setPath('userData', dataDir);
// Chromium's caches and storage go in a subfolder, beside (not among) the database and config.
// Both folders are private (0700) before Chromium or the runtime write anything into them.
app.setPath('sessionData', privateSessionData(dataDir));

function privateSessionData(folder: string): string {
  try {
    return secureDesktopData(folder);
  } catch (error) {
    // Not fatal here: the runtime reports a data folder it cannot use when it opens it.
    process.emitWarning(`cannot make ${folder} private: ${describeError(error)}`);
    return join(folder, SESSION_DATA_FOLDER);
  }
}

let mainWindow: BrowserWindow | undefined;
let runtime: DesktopRuntime | undefined;
/** Scripts named before the runtime existed (argv, macOS open-file during launch). */
const pendingScripts: string[] = scriptPathsFromArgv(process.argv, process.cwd());

function addScripts(paths: readonly string[]): void {
  if (paths.length === 0) return;
  if (!runtime) {
    pendingScripts.push(...paths);
    return;
  }
  runtime.addUserPaths(paths).catch((error: unknown) => {
    dialog.showErrorBox('Could not add scripts', describeError(error));
  });
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  focusWindow();
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function start(): void {
  const location = resolveAppLocation({
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged,
    rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
  });
  const platform = createElectronPlatform({ dataDir, window: () => mainWindow });
  try {
    runtime = createDesktopRuntime({
      dataDir,
      env: process.env,
      transport: 'electron',
      platform,
      // Started by startDesktopCoordinator: here, or as the coordinator of a render farm.
      start: false,
      // better-sqlite3 built for Electron, apart from the CLI's Node build in node_modules.
      sqliteBinding: electronSqliteBinding({
        env: process.env,
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
      }),
    });
  } catch (error) {
    dialog.showErrorBox('Reelforge cannot start', describeError(error));
    app.exit(1);
    return;
  }
  const live = runtime;
  const coordinator: Promise<DesktopCoordinator | undefined> = startDesktopCoordinator(
    live,
    process.env,
  ).catch((error: unknown) => {
    dialog.showErrorBox('Reelforge cannot start rendering', describeError(error));
    return undefined;
  });
  const stopApp = handleAppProtocol(location);
  const stopMedia = handleMediaProtocol(live.service, live.templateMedia, live.channelMedia, location);
  const stopIpc = registerIpcApi({ runtime: live, location, window: () => mainWindow });

  const openWindow = () => {
    mainWindow = createMainWindow({
      location,
      preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      state: loadWindowState(dataDir),
      onSaveState: (state) => saveWindowState(dataDir, state),
    });
    mainWindow.on('closed', () => {
      mainWindow = undefined;
    });
  };

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: location.kind === 'dev',
        openScripts: () => {
          void platform.chooseScripts?.().then(addScripts, (error: unknown) => {
            dialog.showErrorBox('Could not open scripts', describeError(error));
          });
        },
        openSettings: () => sendMenuCommand('open-settings'),
      }),
    ),
  );

  openWindow();
  addScripts(pendingScripts.splice(0));
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });

  // Running renders become "interrupted" (retry-able) and the database closes cleanly before
  // the process exits: the first will-quit is held until the runtime has closed.
  let shutdown: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (shutdown === 'closed') return;
    event.preventDefault();
    if (shutdown === 'closing') return;
    shutdown = 'closing';
    void coordinator
      .then((started) => started?.close())
      .catch(() => undefined)
      .then(() => live.close())
      .catch(() => undefined)
      .then(() => {
        stopIpc();
        stopMedia();
        stopApp();
        shutdown = 'closed';
        app.quit();
      });
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Reelforge owns the database; it gets our file arguments via 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    addScripts(scriptPathsFromArgv(argv, workingDirectory));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    addScripts([path]);
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Reelforge cannot start', describeError(error));
    app.exit(1);
  });
}
