// The built page is served on app://reelforge with the strict CSP as a header (issue 12, Electron
// checklist item 18): the pure handler, the scheme privileges, and the app's origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppLocation } from '../../src/main/presentation/electron/app-location.js';
import {
  APP_INDEX_URL,
  APP_ORIGIN,
  appProtocolResponse,
  type AppProtocolOptions,
} from '../../src/main/presentation/electron/app-protocol-files.js';
import { electronContentSecurityPolicy } from '../../src/main/presentation/electron/content-security.js';
import { PRIVILEGED_SCHEMES } from '../../src/main/presentation/electron/privileged-schemes.js';
import { makeRendererWithTraps } from '../support/renderer-with-traps.js';

let renderer: ReturnType<typeof makeRendererWithTraps>;
let options: AppProtocolOptions;
const csp = electronContentSecurityPolicy(
  resolveAppLocation({ devServerUrl: undefined, isPackaged: true, rendererDir: '/unused' }),
);

beforeAll(() => {
  renderer = makeRendererWithTraps(
    'reelforge-app-',
    '<!doctype html><script type="module" src="./assets/app.js"></script>',
  );
  options = { rendererDir: renderer.rendererDir, contentSecurityPolicy: csp };
});
afterAll(() => renderer.cleanup());

const get = (url: string, method = 'GET') => appProtocolResponse({ method, url }, options);

describe('app:// protocol handler', () => {
  it('serves index.html with the strict CSP as a response header', async () => {
    for (const url of [
      APP_INDEX_URL,
      `${APP_ORIGIN}/`,
      `${APP_INDEX_URL}#/settings`,
      `${APP_INDEX_URL}?x=1`,
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(csp);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<!doctype html>');
    }
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('serves the bundle with its type; HEAD without a body', async () => {
    const script = await get(`${APP_ORIGIN}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("ui");');
    const head = await get(`${APP_ORIGIN}/assets/app.js`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('18');
    expect(await head.text()).toBe('');
  });

  it.each([
    ['app://reelforge/../secret.json'],
    ['app://reelforge/assets/../../secret.json'],
    ['app://reelforge/%2e%2e/secret.json'],
    ['app://reelforge/assets%2F..%2F..%2Fsecret.json'],
    ['app://reelforge/..%5csecret.json'],
    ['app://reelforge/link.json'],
    ['app://reelforge/.env'],
    ['app://reelforge/assets/'],
    ['app://reelforge/assets'],
    ['app://reelforge/index.html%00.js'],
    ['app://reelforge/%E0%A4%A'],
    ['app://evil/index.html'],
    ['app://reelforge:1234/index.html'],
    ['app://user:pw@reelforge/index.html'],
    ['file:///etc/passwd'],
    ['not a url'],
  ])('refuses %s with 404', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('leaked');
  });

  it('refuses other methods with 405', async () => {
    const response = await get(APP_INDEX_URL, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('privileged schemes', () => {
  it('makes app: standard and secure (a real origin, a secure context), without bypassing the CSP', () => {
    const app = PRIVILEGED_SCHEMES.find((s) => s.scheme === 'app');
    expect(app?.privileges).toMatchObject({ standard: true, secure: true });
    for (const scheme of PRIVILEGED_SCHEMES) expect(scheme.privileges.bypassCSP).toBeFalsy();
    expect(PRIVILEGED_SCHEMES.map((s) => s.scheme).sort()).toEqual(['app', 'reelforge-media']);
  });
});
