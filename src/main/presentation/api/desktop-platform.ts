/**
 * What only a desktop shell can do. The loopback server leaves these out; the UI then hides
 * the buttons (AppInfo.canRevealFiles) and handlers answer with a clear "not available".
 */
export interface DesktopPlatform {
  revealFile?(path: string): void;
  /** Native Open… dialog for scripts (files and folders); resolves to the chosen paths. */
  chooseScripts?(): Promise<string[]>;
  chooseFolder?(): Promise<string | undefined>;
  /** Native Open… dialog for one file (e.g. piper's program or voice); undefined when cancelled. */
  chooseFile?(options: FileDialogOptions): Promise<string | undefined>;
  /**
   * Asks the user, in main and outside the page, whether the program at `path` may be run as
   * this provider's tool (a native dialog). Without it a page may not set a binary path at all.
   */
  confirmBinaryPath?(providerId: string, path: string): Promise<boolean>;
  /**
   * Asks the user, in main and outside the page, whether render events may be sent to `url`.
   * Without it a page may not add a webhook at all.
   */
  confirmWebhook?(url: string): Promise<boolean>;
  readonly secrets?: SecretStore;
}

export interface FileDialogOptions {
  readonly title: string;
  /** File types offered, e.g. `[{ name: 'Piper voices', extensions: ['onnx'] }]`; all files when absent. */
  readonly filters?: readonly { readonly name: string; readonly extensions: readonly string[] }[];
}

/** Keeps API keys encrypted (Electron's safeStorage); never returns them to the renderer. */
export interface SecretStore {
  /** An empty secret removes the provider's key. */
  set(providerId: string, secret: string): void;
  has(providerId: string): boolean;
  get(providerId: string): string | undefined;
}
