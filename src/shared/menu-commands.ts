// Commands the native menu sends to the page. Kept free of `electron` so the preload and tests
// can import them; the preload exposes them as `window.reelforge.onMenu(cb)`.

/** IPC channel carrying menu commands from main to the renderer. */
export const MENU_CHANNEL = 'reelforge:menu';

export const MENU_COMMANDS = ['open-settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
