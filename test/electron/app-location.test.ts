import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppLocation } from '../../src/main/presentation/electron/app-location.js';
import { isTrustedSender } from '../../src/main/presentation/electron/sender-check.js';

const INDEX = '/opt/reelforge/out/renderer/index.html';
const fileLocation = resolveAppLocation({
  devServerUrl: undefined,
  isPackaged: true,
  rendererIndexPath: INDEX,
});
const devLocation = resolveAppLocation({
  devServerUrl: 'http://localhost:5173/',
  isPackaged: false,
  rendererIndexPath: INDEX,
});

describe('resolveAppLocation', () => {
  it('loads the built index.html unless an unpackaged app has a loopback dev server', () => {
    expect(fileLocation).toEqual({ kind: 'file', indexPath: INDEX, indexUrl: pathToFileURL(INDEX).href });
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
      expect(resolveAppLocation({ devServerUrl: url, isPackaged: true, rendererIndexPath: INDEX }).kind).toBe(
        'file',
      );
      expect(
        resolveAppLocation({ devServerUrl: url, isPackaged: false, rendererIndexPath: INDEX }).kind,
      ).toBe(devOk ? 'dev' : 'file');
    },
  );
});

describe('isAppUrl', () => {
  it('accepts the built index.html with any hash or query, and nothing else on file://', () => {
    expect(isAppUrl(pathToFileURL(INDEX).href, fileLocation)).toBe(true);
    expect(isAppUrl(`${pathToFileURL(INDEX).href}#/settings`, fileLocation)).toBe(true);
    expect(isAppUrl(`${pathToFileURL(INDEX).href}?x=1`, fileLocation)).toBe(true);
    expect(isAppUrl('file:///opt/reelforge/out/renderer/other.html', fileLocation)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', fileLocation)).toBe(false);
    expect(isAppUrl('file:///opt/reelforge/out/renderer/assets/../index.html', fileLocation)).toBe(true);
    expect(isAppUrl('https://example.com/index.html', fileLocation)).toBe(false);
    expect(isAppUrl(undefined, fileLocation)).toBe(false);
    expect(isAppUrl('', fileLocation)).toBe(false);
  });

  it('accepts only the dev server origin in dev', () => {
    expect(isAppUrl('http://localhost:5173/#/queue', devLocation)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', devLocation)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', devLocation)).toBe(false);
    expect(isAppUrl(pathToFileURL(INDEX).href, devLocation)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const app = pathToFileURL(INDEX).href;
  const trusted = { senderId: 7, mainWindowId: 7, frame: { url: app, isTopFrame: true } };

  it('trusts the main window top frame showing the app', () => {
    expect(isTrustedSender(trusted, fileLocation)).toBe(true);
  });

  it.each([
    ['another window', { ...trusted, senderId: 8 }],
    ['no main window', { ...trusted, mainWindowId: undefined }],
    ['a destroyed frame', { ...trusted, frame: null }],
    ['an iframe', { ...trusted, frame: { url: app, isTopFrame: false } }],
    ['a foreign page', { ...trusted, frame: { url: 'https://evil.example/', isTopFrame: true } }],
    ['another local file', { ...trusted, frame: { url: 'file:///tmp/evil.html', isTopFrame: true } }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, fileLocation)).toBe(false);
  });
});
