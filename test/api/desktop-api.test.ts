import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../src/main/presentation/api/dispatch.js';
import type { ApiEventName } from '../../src/shared/api-contract.js';
import { useMockDesktopRuntime } from '../support/mock-desktop-runtime.js';

const validScript = (channel: string, topic: string) =>
  JSON.stringify({
    channel,
    topic,
    hook: 'Breathe in.',
    main_points: ['One calm point.'],
    call_to_action: 'Follow.',
  });

const { start, dataDir } = useMockDesktopRuntime();

describe('desktop API over the real runtime', () => {
  it('keeps valid and invalid scripts side by side, with every issue, across restarts', async () => {
    const rt = start();
    const added = await rt.handlers['library.addFiles']({
      files: [
        { name: 'a.json', content: validScript('air', 'A') },
        { name: 'bad.txt', content: 'Channel: air\nHok: typo\n' },
        { name: 'b.json', content: validScript('fire', 'B') },
      ],
    });
    expect(added.map((e) => e.status)).toEqual(['valid', 'invalid', 'valid']);
    expect(added[1]!.issues.length).toBeGreaterThan(1);
    expect(added[1]!.issues[0]).toMatchObject({ file: 'bad.txt', line: 2 });
    expect(added[0]!.timeline?.scenes).toHaveLength(3);

    await rt.close();
    const reopened = start({ reopen: true });
    expect((await reopened.handlers['library.list']({})).map((e) => e.name)).toEqual([
      'a.json',
      'bad.txt',
      'b.json',
    ]);
  });

  it('adds a folder by path and re-imports a file after it changes', async () => {
    const rt = start();
    const folder = join(dataDir(), 'scripts');
    mkdirSync(folder);
    writeFileSync(join(folder, 'one.json'), validScript('water', 'First'));
    writeFileSync(join(folder, 'notes.png'), 'not a script');
    // The user gives the folder in main (a drop, Open…, the command line); the page may then name it.
    await rt.addUserPaths([folder]);
    const entries = await rt.handlers['library.addPaths']({ paths: [folder] });
    expect(entries.map((e) => e.topic)).toEqual(['First']);
    writeFileSync(join(folder, 'one.json'), validScript('water', 'Second'));
    const again = await rt.handlers['library.reimport']({ id: entries[0]!.id });
    expect(again.topic).toBe('Second');
    expect((await rt.handlers['library.list']({})).length).toBe(1);
  });

  it('queues library scripts, reports rejected ones, and pushes job events', async () => {
    const rt = start();
    const events: ApiEventName[] = [];
    rt.subscribe((event) => events.push(event));
    const [good, bad] = await rt.handlers['library.addFiles']({
      files: [
        { name: 'good.json', content: validScript('earth', 'Good') },
        { name: 'bad.json', content: '{' },
      ],
    });
    const result = await rt.handlers['jobs.enqueue']({
      libraryIds: [good!.id, bad!.id, 'missing'],
      provider: 'mock',
    });
    expect(result.jobs).toHaveLength(1);
    expect(result.rejected.map((r) => r.libraryId)).toEqual([bad!.id, 'missing']);
    const done = await rt.service.waitForJob(result.jobs[0]!.id);
    expect(done.status).toBe('completed');
    expect(events).toContain('job');
    expect(events).toContain('library');
  });

  it('applies settings at once and never sends API keys back', async () => {
    const rt = start();
    const view = await rt.handlers['settings.update']({
      patch: {
        global: { defaultProvider: 'mock', maxConcurrentGenerations: 3 },
        providers: { mock: { timeoutSeconds: 42 } },
      },
    });
    expect(view.global.defaultProvider).toBe('mock');
    expect(view.providers['mock']).toMatchObject({ timeoutSeconds: 42, hasApiKey: false });
    const [entry] = await rt.handlers['library.addFiles']({
      files: [{ name: 'x.json', content: validScript('air', 'X') }],
    });
    const { jobs } = await rt.handlers['jobs.enqueue']({ libraryIds: [entry!.id] });
    expect(jobs[0]!.options.provider).toBe('mock');
    await expect(
      rt.handlers['settings.setApiKey']({ providerId: 'mock', apiKey: 'secret-123' }),
    ).rejects.toThrow(/VIDEO_PROVIDER_MOCK_API_KEY/);
  });

  it('switches Synthesia test videos off and on from Settings', async () => {
    const runtime = start({ defaultProviders: true });
    const before = await runtime.handlers['settings.get']({});
    expect(before.providers['synthesia']).toMatchObject({ testMode: true, hasApiKey: false });
    expect(before.providers['ffmpeg']?.testMode).toBeUndefined();
    const after = await runtime.handlers['settings.update']({
      patch: { providers: { synthesia: { testMode: false } } },
    });
    expect(after.providers['synthesia']?.testMode).toBe(false);
    expect(runtime.config.provider('synthesia').options['test']).toBe(false);
    const providers = await runtime.handlers['providers.list']({});
    expect(providers.find((p) => p.id === 'synthesia')).toMatchObject({
      isAvailable: false,
      reason: expect.stringMatching(/no API key: set VIDEO_PROVIDER_SYNTHESIA_API_KEY or add it in Settings/),
      settingsFields: ['apiKey', 'apiUrl', 'testMode'],
    });
  });

  it('rejects malformed payloads and unknown calls with an envelope naming the field', async () => {
    const rt = start();
    expect(await dispatchApiCall(rt.handlers, 'jobs.enqueue', { libraryIds: 'nope' })).toEqual({
      ok: false,
      error: { kind: 'invalid-payload', message: expect.stringMatching(/^jobs.enqueue: libraryIds: /) },
    });
    expect(await dispatchApiCall(rt.handlers, 'jobs.get', { id: 'x', extra: 1 })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload' },
    });
    expect(await dispatchApiCall(rt.handlers, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload', message: expect.stringMatching(/unknown call/) },
    });
    expect(await dispatchApiCall(rt.handlers, 'jobs.get', { id: 'no-such-job' })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(
      await dispatchApiCall(rt.handlers, 'settings.update', {
        patch: { providers: { ghost: { enabled: true } } },
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload', message: expect.stringMatching(/unknown provider "ghost"/) },
    });
  });
});
