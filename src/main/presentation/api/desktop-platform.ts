/**
 * What only a desktop shell can do. The loopback server leaves these out; the UI then hides
 * the buttons (AppInfo.canRevealFiles) and handlers answer with a clear "not available".
 */
export interface DesktopPlatform {
  revealFile?(path: string): void;
  /** Native Open… dialog for scripts (files and folders); resolves to the chosen paths. */
  chooseScripts?(): Promise<string[]>;
  chooseFolder?(): Promise<string | undefined>;
  /**
   * Asks the user, in main and outside the page, whether the program at `path` may be run as
   * this provider's tool (a native dialog). Without it a page may not set a binary path at all.
   */
  confirmBinaryPath?(providerId: string, path: string): Promise<boolean>;
  readonly secrets?: SecretStore;
}

/** Keeps API keys encrypted (Electron's safeStorage); never returns them to the renderer. */
export interface SecretStore {
  /** An empty secret removes the provider's key. */
  set(providerId: string, secret: string): void;
  has(providerId: string): boolean;
  get(providerId: string): string | undefined;
}
