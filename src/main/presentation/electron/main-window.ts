import { BrowserWindow, screen, shell } from 'electron';
import type { AppLocation } from './app-location.js';
import { isAppUrl } from './app-location.js';
import { electronContentSecurityPolicy } from './content-security.js';
import { externalUrlToOpen } from './external-url.js';
import { clampWindowState, MIN_WINDOW_SIZE, type WindowState } from './window-state.js';

export interface MainWindowOptions {
  readonly location: AppLocation;
  readonly preloadPath: string;
  readonly state: WindowState;
  /** Called with the final bounds when the window closes. */
  readonly onSaveState: (state: WindowState) => void;
}

/** Opens http(s) links in the system browser; everything else is dropped. */
function openExternally(url: string): void {
  const safe = externalUrlToOpen(url);
  if (safe) void shell.openExternal(safe);
}

/**
 * The single app window: isolated, sandboxed, no Node, web security on; its page may not
 * navigate away or open windows (links go to the browser), and it gets the app's CSP as a
 * response header.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const state = clampWindowState(
    options.state,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Reelforge',
    backgroundColor: '#111318',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // The built page gets its CSP header from the app:// handler (app-protocol.ts); the dev
  // server's http responses get it here. index.html's meta tag stays as a floor for both.
  if (options.location.kind === 'dev') {
    const csp = electronContentSecurityPolicy(options.location);
    window.webContents.session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
  // No camera, microphone, notifications, geolocation…: the UI needs none of them.
  window.webContents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  window.webContents.session.setPermissionCheckHandler(() => false);

  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, options.location)) return;
    event.preventDefault();
    openExternally(url);
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, options.location)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  window.on('close', () => {
    const bounds = window.getNormalBounds();
    options.onSaveState({ ...bounds, maximized: window.isMaximized() });
  });

  void window.loadURL(options.location.url);
  return window;
}
