// Webhooks edited from Settings (#16): a webhook sends render data to another host, so the page
// may add one only after the user said yes in a dialog main draws (desktop app); a browser page
// is refused. Secrets are write-only, and removing one only ever sends less.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPageAttacker, type PageAttacker } from './page-attacker.js';

const HOOK = {
  url: 'https://hooks.example.test/reelforge/secret-path',
  events: ['render.completed'],
  secret: 'whsec-typed-by-the-user-0123',
};

let page: PageAttacker | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const configFile = (attacker: PageAttacker) =>
  JSON.parse(readFileSync(join(attacker.fixture.dataDir, 'config.json'), 'utf8')) as {
    webhooks?: { url: string; events: string[]; secret: string }[];
  };

describe('webhooks from the page', () => {
  it('a browser page cannot add one: refused, config.json unchanged', async () => {
    page = await startPageAttacker('loopback');
    expect(await page.call('webhooks.add', HOOK)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: expect.stringContaining('config.json') },
    });
    expect(configFile(page).webhooks).toBeUndefined();
  });

  it('the desktop page adds one only when the user confirms the address in main', async () => {
    const asked: string[] = [];
    let answer = false;
    page = await startPageAttacker('ipc', {
      platform: {
        confirmWebhook: async (url) => {
          asked.push(url);
          return answer;
        },
      },
    });
    expect(await page.call('webhooks.add', HOOK)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(configFile(page).webhooks).toBeUndefined();

    answer = true;
    const added = await page.call('webhooks.add', HOOK);
    expect(added).toMatchObject({ ok: true });
    // The user saw the whole address; the page gets it back redacted and never the secret.
    expect(asked).toEqual([HOOK.url, HOOK.url]);
    expect(JSON.stringify(added)).not.toContain(HOOK.secret);
    expect(JSON.stringify(added)).not.toContain('secret-path');
    expect(configFile(page).webhooks).toEqual([HOOK]);
    const listed = await page.call('webhooks.list', {});
    expect(JSON.stringify(listed)).not.toContain(HOOK.secret);
  });

  it('checks the address and secret before asking, and removes by position', async () => {
    const asked: string[] = [];
    page = await startPageAttacker('ipc', {
      platform: { confirmWebhook: async (url) => (asked.push(url), true) },
      config: { webhooks: [{ ...HOOK, url: 'https://keep.example.test/a' }] },
    });
    for (const [bad, field] of [
      [{ ...HOOK, url: 'file:///etc/passwd' }, 'webhooks.url'],
      [{ ...HOOK, secret: 'short' }, 'webhooks.secret'],
      [{ ...HOOK, events: ['render.everything'] }, 'webhooks.events.0'],
    ] as const) {
      expect(await page.call('webhooks.add', bad)).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload', message: expect.stringContaining(field) },
      });
    }
    expect(asked).toEqual([]);
    expect(await page.call('webhooks.add', HOOK)).toMatchObject({ ok: true });
    expect(configFile(page).webhooks!.map((h) => h.url)).toEqual(['https://keep.example.test/a', HOOK.url]);
    expect(await page.call('webhooks.remove', { index: 0 })).toMatchObject({ ok: true });
    expect(configFile(page).webhooks).toEqual([HOOK]);
    expect(await page.call('webhooks.remove', { index: 5 })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});
