import { join, win32 } from 'node:path';

export const BROWSER_NOT_FOUND =
  'no Chromium/Chrome found: install chromium or set REMOTION_BROWSER_EXECUTABLE';

export type BrowserSource = 'config' | 'env' | 'system';

export type BrowserDiscovery =
  | { readonly found: true; readonly path: string; readonly source: BrowserSource }
  | { readonly found: false; readonly reason: string };

export interface BrowserDiscoveryInput {
  /** `providers.remotion.binary_path`. */
  readonly binaryPath?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** Tells whether a path is an executable file; injected so discovery is testable. */
  readonly isExecutable: (path: string) => boolean;
}

/** Where Chromium and Chrome install themselves on each platform, most specific first. */
export function systemBrowserPaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  switch (platform) {
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        ...(env.HOME ? [join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')] : []),
      ];
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
        (root): root is string => typeof root === 'string' && root.length > 0,
      );
      return roots.flatMap((root) => [
        win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]);
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ];
  }
}

/**
 * Finds the browser Remotion renders with: `providers.remotion.binary_path`, then
 * REMOTION_BROWSER_EXECUTABLE, then an installed Chromium or Chrome. A configured path that is not
 * an executable is reported rather than silently replaced, so a typo is not hidden. Never
 * downloads: that is a separate, opt-in step (see browser-download.ts).
 */
export function discoverBrowser(input: BrowserDiscoveryInput): BrowserDiscovery {
  const configured = input.binaryPath?.trim() || undefined;
  if (configured !== undefined) {
    return input.isExecutable(configured)
      ? { found: true, path: configured, source: 'config' }
      : {
          found: false,
          reason: `${BROWSER_NOT_FOUND} (providers.remotion.binary_path is "${configured}", which is not an executable file)`,
        };
  }
  const fromEnv = input.env.REMOTION_BROWSER_EXECUTABLE?.trim() || undefined;
  if (fromEnv !== undefined) {
    return input.isExecutable(fromEnv)
      ? { found: true, path: fromEnv, source: 'env' }
      : {
          found: false,
          reason: `${BROWSER_NOT_FOUND} (REMOTION_BROWSER_EXECUTABLE is "${fromEnv}", which is not an executable file)`,
        };
  }
  const system = systemBrowserPaths(input.platform, input.env).find((path) => input.isExecutable(path));
  return system !== undefined
    ? { found: true, path: system, source: 'system' }
    : { found: false, reason: BROWSER_NOT_FOUND };
}
