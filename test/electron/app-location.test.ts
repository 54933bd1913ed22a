import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppLocation } from '../../src/main/presentation/electron/app-location.js';
import { isTrustedSender } from '../../src/main/presentation/electron/sender-check.js';

const RENDERER = '/opt/reelforge/out/renderer';
const INDEX = `${RENDERER}/index.html`;
const appLocation = resolveAppLocation({
  devServerUrl: undefined,
  isPackaged: true,
  rendererDir: RENDERER,
});
const devLocation = resolveAppLocation({
  devServerUrl: 'http://localhost:5173/',
  isPackaged: false,
  rendererDir: RENDERER,
});

describe('resolveAppLocation', () => {
  it('loads the built index.html unless an unpackaged app has a loopback dev server', () => {
    expect(appLocation).toEqual({
      kind: 'app',
      rendererDir: RENDERER,
      url: 'app://reelforge/index.html',
      origin: 'app://reelforge',
    });
    expect(devLocation).toMatchObject({ kind: 'dev', origin: 'http://localhost:5173' });
  });

  it.each([
    ['http://localhost:5173/', true],
    ['https://evil.example/', false],
    ['http://192.168.1.4:5173/', false],
    ['file:///tmp/x.html', false],
    ['not a url', false],
  ])(
    'ignores ELECTRON_RENDERER_URL=%s in a packaged app, and accepts it unpackaged only on loopback (%s)',
    (url, devOk) => {
      expect(resolveAppLocation({ devServerUrl: url, isPackaged: true, rendererDir: RENDERER }).kind).toBe(
        'app',
      );
      expect(resolveAppLocation({ devServerUrl: url, isPackaged: false, rendererDir: RENDERER }).kind).toBe(
        devOk ? 'dev' : 'app',
      );
    },
  );
});

describe('isAppUrl', () => {
  it('accepts app://reelforge pages with any hash or query, and never file://', () => {
    expect(isAppUrl('app://reelforge/index.html', appLocation)).toBe(true);
    expect(isAppUrl('app://reelforge/index.html#/settings', appLocation)).toBe(true);
    expect(isAppUrl('app://reelforge/?x=1', appLocation)).toBe(true);
    expect(isAppUrl('app://reelforge/assets/../index.html', appLocation)).toBe(true);
    expect(isAppUrl('app://evil/index.html', appLocation)).toBe(false);
    expect(isAppUrl('app://reelforge:8080/index.html', appLocation)).toBe(false);
    expect(isAppUrl('app://user@reelforge/index.html', appLocation)).toBe(false);
    expect(isAppUrl(pathToFileURL(INDEX).href, appLocation)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', appLocation)).toBe(false);
    expect(isAppUrl('https://reelforge/index.html', appLocation)).toBe(false);
    expect(isAppUrl('reelforge-media://job/x/video', appLocation)).toBe(false);
    expect(isAppUrl(undefined, appLocation)).toBe(false);
    expect(isAppUrl('', appLocation)).toBe(false);
  });

  it('accepts only the dev server origin in dev', () => {
    expect(isAppUrl('http://localhost:5173/#/queue', devLocation)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devLocation)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devLocation)).toBe(false);
    expect(isAppUrl(pathToFileURL(INDEX).href, devLocation)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const app = 'app://reelforge/index.html#/queue';
  const trusted = { senderId: 7, mainWindowId: 7, frame: { url: app, isTopFrame: true } };

  it('trusts the main window top frame showing the app', () => {
    expect(isTrustedSender(trusted, appLocation)).toBe(true);
  });

  it.each([
    ['another window', { ...trusted, senderId: 8 }],
    ['no main window', { ...trusted, mainWindowId: undefined }],
    ['a destroyed frame', { ...trusted, frame: null }],
    ['an iframe', { ...trusted, frame: { url: app, isTopFrame: false } }],
    ['a foreign page', { ...trusted, frame: { url: 'https://evil.example/', isTopFrame: true } }],
    ['another local file', { ...trusted, frame: { url: 'file:///tmp/evil.html', isTopFrame: true } }],
    [
      'the built page on file://',
      { ...trusted, frame: { url: pathToFileURL(INDEX).href, isTopFrame: true } },
    ],
    ['another app:// host', { ...trusted, frame: { url: 'app://evil/index.html', isTopFrame: true } }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, appLocation)).toBe(false);
  });
});
