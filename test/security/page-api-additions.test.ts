// The calls added to the page's API after the first security review (samples, templates and
// platforms on enqueue, the A/B report, the webhook log), attacked the way the earlier ones are:
// the page may not widen what they read, choose files, or learn a secret through them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/shared/api-types.js';
import { AIR_SCRIPT } from './desktop-fixture.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const SAMPLES_DIR = join(import.meta.dirname, '..', '..', 'resources', 'samples');
const WEBHOOK_SECRET = 'signing-secret-QWERTY-0123';
// Port 9 (discard) on loopback: nothing listens, so any delivery attempt fails without leaving the machine.
const WEBHOOK_URL = 'http://127.0.0.1:9/hooks/T0PATHSECRET/B0PATHSECRET?token=QUERYSECRET';

describe.each(PAGE_TRANSPORTS)('calls added since the first review, from the page over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('library.addSamples takes no arguments and adds only the bundled samples', async () => {
    page = await startPageAttacker(transport);
    for (const payload of [{ dir: '/etc' }, { paths: ['/etc/passwd'] }, { files: [] }]) {
      const refused = await page.call('library.addSamples', payload);
      expect(refused.ok, JSON.stringify(payload)).toBe(false);
      if (!refused.ok) expect(refused.error.kind).toBe('invalid-payload');
    }
    expect(page.fixture.runtime.library.list()).toEqual([]);

    const added = await page.call('library.addSamples', {});
    expect(added.ok).toBe(true);
    const bundled = new Set(
      readdirSync(SAMPLES_DIR).map((name) => readFileSync(join(SAMPLES_DIR, name), 'utf8')),
    );
    const entries = page.fixture.runtime.library.list();
    expect(entries.length).toBe(bundled.size);
    for (const entry of entries)
      expect(bundled.has(page.fixture.runtime.library.source(entry.id)!.content)).toBe(true);
  });

  it('jobs.enqueue refuses template ids that could name a file, unknown templates and platforms', async () => {
    page = await startPageAttacker(transport);
    const upload = await page.call('library.addFiles', {
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    });
    expect(upload.ok).toBe(true);
    const [entry] = (upload as { value: LibraryEntry[] }).value;
    const enqueue = (extra: Record<string, unknown>) =>
      page.call('jobs.enqueue', { libraryIds: [entry!.id], provider: 'mock', ...extra });

    for (const template of ['../../../../etc/passwd', '/etc/passwd', 'a/b', '..', 'x'.repeat(500)]) {
      const reply = await enqueue({ template });
      expect(reply.ok, template).toBe(false);
      if (!reply.ok) expect(reply.error.kind).toBe('invalid-payload');
    }
    // A well-formed id that names no template: that script is rejected, with the reason, and nothing queued.
    const unknown = await enqueue({ template: 'no-such-template' });
    expect(unknown).toMatchObject({ ok: true, value: { jobs: [], rejected: [{ libraryId: entry!.id }] } });
    expect(JSON.stringify(unknown)).toMatch(/no-such-template/);
    const platform = await enqueue({ platform: 'vine' });
    expect(platform.ok).toBe(false);
    expect(page.fixture.runtime.service.listJobs()).toEqual([]);
  });

  it('library.narration names a library id only: the page picks no voice, text or program', async () => {
    page = await startPageAttacker(transport);
    for (const payload of [
      {},
      { id: 'x', voice: 'elevenlabs:rachel' },
      { id: 'x', text: 'say this' },
      { id: 'x', binary_path: '/bin/sh' },
    ]) {
      const refused = await page.call('library.narration', payload);
      expect(refused.ok, JSON.stringify(payload)).toBe(false);
      if (!refused.ok) expect(refused.error.kind).toBe('invalid-payload');
    }
    const unknown = await page.call('library.narration', { id: 'no-such-script' });
    expect(unknown).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const upload = await page.call('library.addFiles', {
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    });
    const [entry] = (upload as { value: LibraryEntry[] }).value;
    // The script speaks with no voice (settings default: off), so nothing is spoken.
    expect(await page.call('library.narration', { id: entry!.id })).toEqual({
      ok: true,
      value: { timeline: null },
    });
  });

  it('analytics.report answers from the local database only and refuses odd group ids', async () => {
    page = await startPageAttacker(transport);
    const empty = await page.call('analytics.report', {});
    expect(empty).toEqual({ ok: true, value: [] });
    for (const group of ["x' OR 1=1 --", '../../etc', '']) {
      const reply = await page.call('analytics.report', { group });
      expect(reply.ok, group).toBe(false);
    }
    expect((await page.call('analytics.report', { group: 'abcdef12', extra: true })).ok).toBe(false);
  });

  it('webhooks.list shows where renders go but never the secret, the body, or the secret parts of the URL', async () => {
    page = await startPageAttacker(transport, {
      config: { webhooks: [{ url: WEBHOOK_URL, events: ['render.completed'], secret: WEBHOOK_SECRET }] },
    });
    await page.fixture.renderMock();
    const reply = await page.call('webhooks.list', {});
    expect(reply.ok).toBe(true);
    const text = JSON.stringify(reply);
    expect(text).toContain('http://127.0.0.1:9/hooks/');
    expect(text).toContain('render.completed');
    for (const secret of [WEBHOOK_SECRET, 'T0PATHSECRET', 'B0PATHSECRET', 'QUERYSECRET', 'Breathe in.']) {
      expect(text).not.toContain(secret);
    }
    // Nor can the page add a receiver through the settings: only `webhooks.add` adds one, after the
    // user confirmed the address in main (webhook-settings.test.ts).
    const added = await page.call('settings.update', {
      patch: {
        webhooks: [{ url: 'http://127.0.0.1:9/mine', events: ['render.completed'], secret: 'x'.repeat(16) }],
      },
    });
    expect(added.ok).toBe(false);
    expect(JSON.stringify(await page.call('webhooks.list', {}))).not.toContain('/mine');
  });

  it('the FFmpeg channel picture the preview shows is set in config only: the page cannot point it at a file', async () => {
    page = await startPageAttacker(transport);
    const privatePicture = join(page.fixture.dataDir, 'private.png');
    writeFileSync(privatePicture, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    for (const ffmpeg of [
      { options: { backgrounds: { air: privatePicture } } },
      { backgrounds: { air: privatePicture } },
    ]) {
      const refused = await page.call('settings.update', { patch: { providers: { ffmpeg } } });
      expect(refused.ok, JSON.stringify(ffmpeg)).toBe(false);
      if (!refused.ok) expect(refused.error.kind).toBe('invalid-payload');
    }
    const upload = await page.call('library.addFiles', {
      files: [{ name: 'air.json', content: AIR_SCRIPT }],
    });
    expect(upload.ok).toBe(true);
    // No picture reaches the page's timelines: nothing in config names one.
    expect(JSON.stringify(upload)).not.toContain('ffmpegChannelPicture');
    const listed = await page.call('library.list', {});
    expect(listed.ok).toBe(true);
    expect(JSON.stringify(listed)).not.toContain('data:image');
  });
});
