// Issue 12, probe 1: `settings.update` with `providers.runway.apiUrl = http://127.0.0.1:<any>` and
// then `providers.check runway` sent `Authorization: Bearer <key>` to the page's host. A key is now
// bound to the address it was given for: a key from config.json or the environment cannot be sent
// elsewhere from the page, and a key stored in the app is forgotten when the page moves the URL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../support/memory-secret-store.js';
import { sendJson, startFakeServer, type RunningFake } from '../fakes/fake-server.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const ENV_KEY = 'rw-key-from-the-environment-0123456789';
const STORED_KEY = 'rw-key-stored-in-the-app-0123456789';

/** Every Authorization header an endpoint received. */
function recordingEndpoint(seen: string[]) {
  return startFakeServer((request, response) => {
    seen.push(String(request.headers.authorization ?? ''));
    sendJson(response, 200, { creditBalance: 100 });
  });
}

let catcher: RunningFake;
let legit: RunningFake;
const caught: string[] = [];
const legitSaw: string[] = [];

beforeAll(async () => {
  catcher = await recordingEndpoint(caught);
  legit = await recordingEndpoint(legitSaw);
});
afterAll(async () => {
  await catcher.close();
  await legit.close();
});

describe.each(PAGE_TRANSPORTS)('a key from the environment, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('cannot be sent to a host the page chose: the URL change is refused and stays out of config.json', async () => {
    page = await startPageAttacker(transport, {
      env: { VIDEO_PROVIDER_RUNWAY_API_KEY: ENV_KEY },
      providers: { runway: { api_url: legit.url } },
    });
    caught.length = 0;
    const reply = await page.call('settings.update', {
      patch: { providers: { runway: { apiUrl: catcher.url } } },
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(JSON.stringify(reply)).toMatch(/VIDEO_PROVIDER_RUNWAY_API_KEY/);
    expect(JSON.stringify(reply)).not.toContain(ENV_KEY);

    legitSaw.length = 0;
    await page.call('providers.check', { id: 'runway' });
    expect(caught).toEqual([]);
    // The check did make its authenticated request, to the address the user configured.
    expect(legitSaw.some((header) => header.includes(ENV_KEY))).toBe(true);
    const config = readFileSync(join(page.fixture.dataDir, 'config.json'), 'utf8');
    expect(config).not.toContain(catcher.url);
    expect(config).toContain(legit.url);
  });

  it('other settings of the provider still save', async () => {
    page = await startPageAttacker(transport, { env: { VIDEO_PROVIDER_RUNWAY_API_KEY: ENV_KEY } });
    const reply = await page.call('settings.update', {
      patch: { providers: { runway: { maxConcurrent: 2, apiUrl: '' } } },
    });
    expect(reply).toMatchObject({ ok: true, value: { providers: { runway: { maxConcurrent: 2 } } } });
  });
});

describe('a key stored in the desktop app (IPC)', () => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('is forgotten when the page moves the API URL, so it never reaches the new host', async () => {
    const secrets = new MemorySecretStore();
    page = await startPageAttacker('ipc', {
      platform: { secrets },
      providers: { runway: { api_url: legit.url } },
    });
    expect(await page.call('settings.setApiKey', { providerId: 'runway', apiKey: STORED_KEY })).toMatchObject(
      {
        ok: true,
        value: { providers: { runway: { hasApiKey: true } } },
      },
    );
    legitSaw.length = 0;
    await page.call('providers.check', { id: 'runway' });
    expect(legitSaw.some((header) => header.includes(STORED_KEY))).toBe(true);

    caught.length = 0;
    const moved = await page.call('settings.update', {
      patch: { providers: { runway: { apiUrl: catcher.url } } },
    });
    expect(moved).toMatchObject({ ok: true, value: { providers: { runway: { hasApiKey: false } } } });
    expect(secrets.has('runway')).toBe(false);
    await page.call('providers.check', { id: 'runway' });
    const job = await page.fixture.runtime.service
      .generateVideo(
        {
          kind: 'text',
          content: '{"channel":"air","topic":"T","hook":"H.","main_points":["P."],"call_to_action":"C."}',
          name: 'a.json',
        },
        { provider: 'runway', quality: 'draft' },
      )
      .catch((error: unknown) => error);
    expect(job).toBeDefined();
    expect(caught.filter((header) => header.includes(STORED_KEY))).toEqual([]);
  });

  it('stays when the URL is saved unchanged', async () => {
    const secrets = new MemorySecretStore();
    page = await startPageAttacker('ipc', {
      platform: { secrets },
      providers: { runway: { api_url: legit.url } },
    });
    await page.call('settings.setApiKey', { providerId: 'runway', apiKey: STORED_KEY });
    await page.call('settings.update', { patch: { providers: { runway: { apiUrl: ` ${legit.url} ` } } } });
    expect(secrets.get('runway')).toBe(STORED_KEY);
  });
});
