import { describe, expect, it } from 'vitest';
import { BROWSER_NOT_FOUND, discoverBrowser, systemBrowserPaths } from './browser-discovery.js';

const only =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);

describe('discoverBrowser', () => {
  it('prefers the configured binary path over the environment and the system', () => {
    const found = discoverBrowser({
      binaryPath: '/opt/chrome/chrome',
      env: { REMOTION_BROWSER_EXECUTABLE: '/env/chrome' },
      platform: 'linux',
      isExecutable: only('/opt/chrome/chrome', '/env/chrome', '/usr/bin/chromium'),
    });
    expect(found).toEqual({ found: true, path: '/opt/chrome/chrome', source: 'config' });
  });

  it('reports a configured path that is not executable instead of falling back', () => {
    const found = discoverBrowser({
      binaryPath: '/missing/chromium',
      env: {},
      platform: 'linux',
      isExecutable: only('/usr/bin/chromium'),
    });
    expect(found.found).toBe(false);
    expect(!found.found && found.reason).toContain('providers.remotion.binary_path is "/missing/chromium"');
  });

  it('uses REMOTION_BROWSER_EXECUTABLE next, and names it when it is wrong', () => {
    expect(
      discoverBrowser({
        env: { REMOTION_BROWSER_EXECUTABLE: '/env/chrome' },
        platform: 'linux',
        isExecutable: only('/env/chrome'),
      }),
    ).toEqual({ found: true, path: '/env/chrome', source: 'env' });
    const wrong = discoverBrowser({
      env: { REMOTION_BROWSER_EXECUTABLE: '/nope' },
      platform: 'linux',
      isExecutable: only(),
    });
    expect(!wrong.found && wrong.reason).toContain('REMOTION_BROWSER_EXECUTABLE is "/nope"');
  });

  it('finds an installed Chromium or Chrome', () => {
    expect(
      discoverBrowser({ env: {}, platform: 'linux', isExecutable: only('/usr/bin/google-chrome-stable') }),
    ).toEqual({ found: true, path: '/usr/bin/google-chrome-stable', source: 'system' });
    expect(
      discoverBrowser({
        env: {},
        platform: 'darwin',
        isExecutable: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      }).found,
    ).toBe(true);
  });

  it('says how to fix it when there is no browser at all', () => {
    expect(
      discoverBrowser({ env: { REMOTION_BROWSER_EXECUTABLE: ' ' }, platform: 'linux', isExecutable: only() }),
    ).toEqual({
      found: false,
      reason: BROWSER_NOT_FOUND,
    });
  });
});

describe('systemBrowserPaths', () => {
  it('looks in Program Files and the local app data on Windows', () => {
    const paths = systemBrowserPaths('win32', {
      PROGRAMFILES: 'C:\\Program Files',
      'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local',
    });
    expect(paths).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(paths).toContain('C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('checks /usr/bin/chromium first on Linux', () => {
    expect(systemBrowserPaths('linux', {})[0]).toBe('/usr/bin/chromium');
  });
});
