import { isAppUrl, type AppLocation } from './app-location.js';

/** What an IPC message says about where it came from (read off Electron's event). */
export interface IpcSenderInfo {
  /** webContents id of the sender, and of the main window. */
  readonly senderId: number;
  readonly mainWindowId: number | undefined;
  /** The sending frame: null when it was destroyed or navigated away meanwhile. */
  readonly frame: { readonly url: string; readonly isTopFrame: boolean } | null;
}

/**
 * Only the main window's top frame, showing the app's own page, may call the API. Iframes,
 * other windows, or a page that somehow navigated elsewhere are refused.
 */
export function isTrustedSender(sender: IpcSenderInfo, location: AppLocation): boolean {
  return (
    sender.mainWindowId !== undefined &&
    sender.senderId === sender.mainWindowId &&
    sender.frame !== null &&
    sender.frame.isTopFrame &&
    isAppUrl(sender.frame.url, location)
  );
}
