// Music and voice-overs a script names are read from disk and end up in a video the page can
// watch. The page is untrusted, so the scripts it sends may name only files in the folder of a
// script file the user gave, or files and folders the user opened or dropped — never any file
// it likes (a private recording, by absolute path or by `../` out of the script's folder).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/shared/api-types.js';
import { makeUserHome, PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const withMusic = (music: string) =>
  JSON.stringify(
    {
      channel: 'air',
      topic: 'T',
      hook: 'Breathe in.',
      main_points: ['One calm point.'],
      call_to_action: 'Follow.',
      music,
    },
    null,
    2,
  );

describe.each(PAGE_TRANSPORTS)('media a script from the page names, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  async function setUp() {
    page = await startPageAttacker(transport);
    const home = makeUserHome(page, {
      'private/voice-memo.wav': 'RIFF',
      'scripts/tone.wav': 'RIFF',
      'scripts/air.json': withMusic('tone.wav'),
    });
    const scripts = join(home, 'scripts');
    const privateDir = join(home, 'private');
    const secret = join(privateDir, 'voice-memo.wav');
    const [opened] = await page.fixture.runtime.addUserPaths([join(scripts, 'air.json')]);
    return { home, scripts, privateDir, secret, opened: opened! };
  }

  /** The entry's music issue, after checking it names the field and line and no resolved path. */
  function refusedMusic(entry: LibraryEntry, forbidden: string) {
    expect(entry.status).toBe('invalid');
    const issue = entry.issues.find((i) => i.field === 'music');
    expect(issue, JSON.stringify(entry.issues)).toMatchObject({ line: 9 });
    expect(issue!.message).not.toContain(forbidden);
    return issue!;
  }

  async function enqueue(id: string) {
    const reply = await page.call('jobs.enqueue', { libraryIds: [id], provider: 'mock' });
    expect(reply.ok).toBe(true);
    return (reply as { value: { jobs: unknown[]; rejected: { message: string }[] } }).value;
  }

  it('a script file the user opened may use media in its own folder', async () => {
    const { opened, scripts } = await setUp();
    expect(opened.status).toBe('valid');
    expect(opened.script?.media?.music).toBe(join(scripts, 'tone.wav'));
    expect((await enqueue(opened.id)).jobs).toHaveLength(1);
  });

  it('an upload may not name a private file, by absolute or relative path; nothing is queued', async () => {
    const { secret } = await setUp();
    for (const music of [secret, '../home/private/voice-memo.wav', join('..', '..', secret)]) {
      const added = await page.call('library.addFiles', {
        files: [{ name: 'probe.json', content: withMusic(music) }],
      });
      const [entry] = (added as { value: LibraryEntry[] }).value;
      expect(refusedMusic(entry!, 'private').message).toMatch(/upload/);
      const result = await enqueue(entry!.id);
      expect(result.jobs).toHaveLength(0);
      expect(result.rejected[0]!.message).toMatch(/probe\.json:line 9: music: /);
      const checked = await page.call('library.check', { name: 'probe.json', content: withMusic(music) });
      refusedMusic((checked as { value: LibraryEntry }).value, 'private');
    }
    expect(page.fixture.runtime.service.listJobs({})).toHaveLength(0);
  });

  it("the editor's save cannot make a script the user gave name a file outside its folder", async () => {
    const { opened, secret } = await setUp();
    for (const music of [secret, '../private/voice-memo.wav']) {
      const saved = await page.call('library.save', { id: opened.id, content: withMusic(music) });
      expect(saved.ok).toBe(true);
      refusedMusic((saved as { value: LibraryEntry }).value, join('home', 'private'));
      expect((await enqueue(opened.id)).jobs).toHaveLength(0);
    }
    expect(page.fixture.runtime.service.listJobs({})).toHaveLength(0);
  });

  it('a folder the user dropped lends its files to any script', async () => {
    const { opened, privateDir, secret } = await setUp();
    await page.fixture.runtime.addUserPaths([privateDir]);
    const added = await page.call('library.addFiles', {
      files: [{ name: 'upload.json', content: withMusic(secret) }],
    });
    const [upload] = (added as { value: LibraryEntry[] }).value;
    expect(upload).toMatchObject({ status: 'valid', script: { media: { music: secret } } });
    const saved = await page.call('library.save', {
      id: opened.id,
      content: withMusic('../private/voice-memo.wav'),
    });
    expect(saved).toMatchObject({ ok: true, value: { status: 'valid' } });
    expect((await enqueue(upload!.id)).jobs).toHaveLength(1);
  });
});
