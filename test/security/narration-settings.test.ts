// The narration settings the page can reach (#17): `narration.get/update/chooseFile` and the cloud
// voices' keys through `settings.setApiKey`. The page is untrusted: it may not choose a program to
// run (piper's binary), a file to read (piper's voice), or a host that receives a voice key.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../support/memory-secret-store.js';
import { startElevenLabsFake, type ElevenLabsFake } from '../fakes/elevenlabs-fake.js';
import { sendJson, startFakeServer, type RunningFake } from '../fakes/fake-server.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const VOICE_KEY = 'xi-key-the-user-typed-0123456789';

/** A program that leaves a marker file when it runs. */
function plantProgram(folder: string): { program: string; ran: () => boolean } {
  const marker = join(folder, 'piper-ran');
  const program = join(folder, 'evil-piper.sh');
  writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\n`);
  chmodSync(program, 0o755);
  return { program, ran: () => existsSync(marker) };
}

const configText = (page: PageAttacker) => readFileSync(join(page.fixture.dataDir, 'config.json'), 'utf8');

let catcher: RunningFake;
const caught: string[] = [];
let eleven: ElevenLabsFake;

beforeAll(async () => {
  catcher = await startFakeServer((request, response) => {
    caught.push(`${request.method} ${request.path} ${JSON.stringify(request.headers)}`);
    sendJson(response, 200, {});
  });
  eleven = await startElevenLabsFake({ key: VOICE_KEY });
});
afterAll(async () => {
  await catcher.close();
  await eleven.close();
});

describe.each(PAGE_TRANSPORTS)('narration settings from the page, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it("cannot set piper's program or voice file: no call takes a path, and nothing planted runs", async () => {
    page = await startPageAttacker(transport);
    const evil = plantProgram(page.fixture.dataDir);
    const attempts: [string, unknown][] = [
      ['settings.update', { patch: { providers: { piper: { binaryPath: evil.program } } } }],
      ['settings.update', { patch: { providers: { piper: { model_path: '/etc/passwd' } } } }],
      ['settings.update', { patch: { providers: { piper: { modelPath: '/etc/passwd' } } } }],
      ['narration.update', { binaryPath: evil.program }],
      ['narration.update', { piper: { binaryPath: evil.program } }],
      ['narration.chooseFile', { field: 'binaryPath', path: evil.program }],
      ['narration.chooseFile', { field: '../binary_path' }],
    ];
    for (const [name, payload] of attempts) {
      const reply = await page.call(name, payload);
      expect(reply.ok, `${name} ${JSON.stringify(payload)}`).toBe(false);
    }
    // Without a dialog main can open (a browser page, or a shell that has none), there is no way at all.
    const dialog = await page.call('narration.chooseFile', { field: 'binaryPath' });
    expect(dialog).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(JSON.stringify(dialog)).toMatch(/providers\.piper\.binary_path in config\.json/);

    const view = await page.call('narration.get', {});
    expect(view).toMatchObject({ ok: true, value: { piper: {}, canChooseFiles: false } });
    expect(configText(page)).not.toContain(evil.program);
    expect(configText(page)).not.toContain('/etc/passwd');
    expect(evil.ran()).toBe(false);
  });

  it('may choose a default voice only among the voice providers, written as a voice choice', async () => {
    page = await startPageAttacker(transport);
    for (const defaultVoice of [
      '../../bin/sh',
      'espeak-ng:en-us; rm -rf /',
      'no-such-engine:x',
      'espeak-ng:$(id)',
    ]) {
      const reply = await page.call('narration.update', { defaultVoice });
      expect(reply, defaultVoice).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } });
    }
    expect(configText(page)).not.toContain('narration');
    const saved = await page.call('narration.update', { defaultVoice: 'espeak-ng:en-gb', rate: 1.2 });
    expect(saved).toMatchObject({ ok: true, value: { defaultVoice: 'espeak-ng:en-gb', rate: 1.2 } });
    expect(JSON.parse(configText(page)).narration).toEqual({ default_voice: 'espeak-ng:en-gb', rate: 1.2 });
  });

  it('cannot point a voice key at a host it chose: no call takes an address for a voice provider', async () => {
    page = await startPageAttacker(transport, {
      env: { VIDEO_PROVIDER_OPENAI_API_KEY: 'sk-openai-from-env-0123456789' },
      providers: { elevenlabs: { api_url: eleven.url } },
    });
    caught.length = 0;
    for (const id of ['elevenlabs', 'openai']) {
      const attempts: [string, unknown][] = [
        ['settings.update', { patch: { providers: { [id]: { apiUrl: catcher.url } } } }],
        ['settings.setApiKey', { providerId: id, apiKey: 'k', apiUrl: catcher.url }],
        ['narration.update', { apiUrl: catcher.url }],
        ['narration.update', { providers: { [id]: { apiUrl: catcher.url } } }],
      ];
      for (const [name, payload] of attempts) {
        const reply = await page.call(name, payload);
        expect(reply.ok, `${name} ${JSON.stringify(payload)}`).toBe(false);
      }
    }
    const view = await page.call('narration.get', {});
    expect(JSON.stringify(view)).not.toContain('sk-openai-from-env');
    expect(view).toMatchObject({ ok: true });
    expect(configText(page)).not.toContain(catcher.url);
    expect(caught).toEqual([]);
  });
});

describe('a voice key stored in the desktop app (IPC)', () => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('is kept by main, never echoed, and reaches only the address in config.json', async () => {
    const secrets = new MemorySecretStore();
    page = await startPageAttacker('ipc', {
      platform: { secrets },
      providers: { elevenlabs: { api_url: eleven.url } },
    });
    const stored = await page.call('settings.setApiKey', { providerId: 'elevenlabs', apiKey: VOICE_KEY });
    expect(stored.ok).toBe(true);
    expect(JSON.stringify(stored)).not.toContain(VOICE_KEY);
    const view = await page.call('narration.get', {});
    expect(JSON.stringify(view)).not.toContain(VOICE_KEY);
    const elevenView = (view as { value: { providers: { id: string }[] } }).value.providers.find(
      (p) => p.id === 'elevenlabs',
    );
    expect(elevenView).toMatchObject({ available: true, hasApiKey: true, online: true });
    expect(configText(page)).not.toContain(VOICE_KEY);

    // The page's attempt to move the address fails, so a narrated render speaks through the fake.
    caught.length = 0;
    const moved = await page.call('settings.update', {
      patch: { providers: { elevenlabs: { apiUrl: catcher.url } } },
    });
    expect(moved.ok).toBe(false);
    const before = eleven.requests.length;
    const job = await page.fixture.runtime.service.generateVideo(
      {
        kind: 'text',
        name: 'spoken.json',
        content: JSON.stringify({
          channel: 'air',
          topic: 'T',
          hook: 'Breathe in.',
          main_points: ['One calm point.'],
          call_to_action: 'Follow.',
          voice: 'elevenlabs',
        }),
      },
      { provider: 'mock' },
    );
    expect([job.status, job.error?.message]).toEqual(['completed', undefined]);
    expect(eleven.requests.length).toBeGreaterThan(before);
    expect(caught).toEqual([]);
  });

  it('in the desktop app, piper paths come only from the dialog main opens', async () => {
    const dialogs: string[] = [];
    page = await startPageAttacker('ipc', {
      platform: {
        chooseFile: async (options) => {
          dialogs.push(options.title);
          return options.title.includes('voice') ? '/home/me/voices/en_US-lessac-medium.onnx' : undefined;
        },
      },
    });
    const model = await page.call('narration.chooseFile', { field: 'modelPath' });
    expect(model).toMatchObject({
      ok: true,
      value: { canChooseFiles: true, piper: { modelPath: '/home/me/voices/en_US-lessac-medium.onnx' } },
    });
    // Cancelled: nothing saved.
    const binary = await page.call('narration.chooseFile', { field: 'binaryPath' });
    expect(binary).toEqual({ ok: true, value: undefined });
    expect(dialogs).toEqual(['Choose a Piper voice', 'Choose the piper program']);
    const config = JSON.parse(configText(page));
    expect(config.providers.piper).toEqual({ model_path: '/home/me/voices/en_US-lessac-medium.onnx' });
  });
});
