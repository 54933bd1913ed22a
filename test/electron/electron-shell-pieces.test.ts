import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { resolveAppLocation } from '../../src/main/presentation/electron/app-location.js';
import { appMenuTemplate } from '../../src/main/presentation/electron/app-menu.js';
import { electronContentSecurityPolicy } from '../../src/main/presentation/electron/content-security.js';
import { mediaCorsOrigin } from '../../src/main/presentation/electron/media-cors.js';
import { parseElectronMediaUrl } from '../../src/main/presentation/electron/media-url.js';
import { electronMediaUrl } from '../../src/shared/loopback-protocol.js';

describe('parseElectronMediaUrl', () => {
  it('reads the id segment and kind of URLs the preload builds', () => {
    expect(parseElectronMediaUrl(electronMediaUrl('abc-1', 'video'))).toEqual({
      rawJobId: 'abc-1',
      kind: 'video',
    });
    expect(parseElectronMediaUrl(`${electronMediaUrl('abc-1', 'thumbnail')}?v=3`)).toEqual({
      rawJobId: 'abc-1',
      kind: 'thumbnail',
    });
    // Encoded ids stay encoded: resolveJobMedia decodes once and refuses them.
    expect(parseElectronMediaUrl(electronMediaUrl('../x', 'video'))).toEqual({
      rawJobId: '..%2Fx',
      kind: 'video',
    });
  });

  it.each([
    ['reelforge-media://job/abc/source'],
    ['reelforge-media://job/abc/video/more'],
    ['reelforge-media://job//video'],
    ['reelforge-media://other/abc/video'],
    ['reelforge-media://job:8080/abc/video'],
    ['https://job/abc/video'],
    ['nonsense'],
  ])('refuses %s', (url) => {
    expect(parseElectronMediaUrl(url)).toBeUndefined();
  });
});

describe('mediaCorsOrigin', () => {
  const app = resolveAppLocation({
    devServerUrl: undefined,
    isPackaged: true,
    rendererDir: '/a',
  });
  const dev = resolveAppLocation({
    devServerUrl: 'http://localhost:5173',
    isPackaged: false,
    rendererDir: '/a',
  });

  it("echoes the app's own origin only", () => {
    expect(mediaCorsOrigin('app://reelforge', app)).toBe('app://reelforge');
    expect(mediaCorsOrigin('http://localhost:5173', dev)).toBe('http://localhost:5173');
    expect(mediaCorsOrigin(null, app)).toBeUndefined();
    // An opaque origin (a file:// page, a sandboxed frame) is not the app any more.
    expect(mediaCorsOrigin('null', app)).toBeUndefined();
    expect(mediaCorsOrigin('app://evil', app)).toBeUndefined();
    expect(mediaCorsOrigin('https://evil.example', app)).toBeUndefined();
    expect(mediaCorsOrigin('null', dev)).toBeUndefined();
    expect(mediaCorsOrigin('http://localhost:5174', dev)).toBeUndefined();
  });
});

describe('electronContentSecurityPolicy', () => {
  it('allows reelforge-media: for images and video, never eval or remote scripts', () => {
    const csp = electronContentSecurityPolicy(
      resolveAppLocation({ devServerUrl: undefined, isPackaged: true, rendererDir: '/a' }),
    );
    expect(csp).toMatch(/img-src [^;]*reelforge-media:/);
    expect(csp).toMatch(/media-src [^;]*reelforge-media:/);
    expect(csp).toMatch(/connect-src [^;]*reelforge-media:/);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('lets the dev server in (inline refresh preamble, HMR socket) only in dev', () => {
    const csp = electronContentSecurityPolicy(
      resolveAppLocation({
        devServerUrl: 'http://localhost:5173',
        isPackaged: false,
        rendererDir: '/a',
      }),
    );
    expect(csp).toMatch(/script-src 'self' http:\/\/localhost:5173 'unsafe-inline'/);
    expect(csp).toMatch(/connect-src [^;]*ws:\/\/localhost:5173/);
    expect(csp).not.toContain('unsafe-eval');
  });
});

describe('appMenuTemplate', () => {
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

  it.each([[false], [true]])(
    'has Open Scripts… (Ctrl/Cmd+O), Settings… (Ctrl/Cmd+,) and Quit (mac: %s)',
    (isMac) => {
      const actions = { isMac, isDev: false, openScripts: vi.fn(), openSettings: vi.fn() };
      const items = flatten(appMenuTemplate(actions));
      const open = items.find((item) => item.accelerator === 'CmdOrCtrl+O');
      const settings = items.find((item) => item.accelerator === 'CmdOrCtrl+,');
      expect(open?.label).toBe('Open Scripts…');
      expect(settings?.label).toBe('Settings…');
      expect(items.some((item) => item.role === 'quit')).toBe(true);
      (open?.click as () => void)();
      (settings?.click as () => void)();
      expect(actions.openScripts).toHaveBeenCalledOnce();
      expect(actions.openSettings).toHaveBeenCalledOnce();
    },
  );

  it('offers developer tools only in dev', () => {
    const roles = (isDev: boolean) =>
      flatten(
        appMenuTemplate({ isMac: false, isDev, openScripts: () => undefined, openSettings: () => undefined }),
      ).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
