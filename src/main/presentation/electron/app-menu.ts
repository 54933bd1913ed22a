import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuActions {
  readonly isMac: boolean;
  /** Dev builds get reload and developer tools; a packaged app does not. */
  readonly isDev: boolean;
  readonly openScripts: () => void;
  readonly openSettings: () => void;
}

/** The native menu as a template (built into a Menu by the shell): File, Edit, View, Window. */
export function appMenuTemplate(actions: AppMenuActions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Scripts…', accelerator: 'CmdOrCtrl+O', click: () => actions.openScripts() },
      ...(actions.isMac
        ? []
        : ([
            { type: 'separator' },
            { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => actions.openSettings() },
            { type: 'separator' },
            { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(actions.isDev
        ? ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  // macOS keeps Settings… and Quit in the application menu, by convention.
  const appMenu: MenuItemConstructorOptions[] = actions.isMac
    ? [
        {
          label: 'Reelforge',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => actions.openSettings() },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, { role: 'editMenu' }, view, { role: 'windowMenu' }];
}
