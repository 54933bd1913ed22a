// Issue 12, probe 3: `library.addPaths ["/etc/shadow", "~/.ssh/id_ed25519", …]` read any file into
// the database, and the replies told whether it existed. The page may now name only what the user
// gave in main (Open…, a drop, the command line) or script files inside a folder the user gave.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/shared/api-types.js';
import { AIR_SCRIPT } from './desktop-fixture.js';
import { makeUserHome, PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const SECRET = 'PRIVATE-KEY-MATERIAL';

describe.each(PAGE_TRANSPORTS)('library paths from the page, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  /** A folder the user gave, a script in it, and private files beside and inside it. */
  async function setUp() {
    page = await startPageAttacker(transport);
    const home = makeUserHome(page, {
      '.ssh/id_ed25519': SECRET,
      'notes.json': JSON.stringify({ secret: SECRET }),
      'scripts/air.json': AIR_SCRIPT,
      'scripts/key.pem': SECRET,
    });
    const scripts = join(home, 'scripts');
    return { home, scripts };
  }

  const storedContents = () =>
    page.fixture.runtime.library
      .list()
      .map((entry) => page.fixture.runtime.library.source(entry.id)?.content);

  it('refuses files the user never gave, stores nothing, and answers alike whether they exist or not', async () => {
    const { home } = await setUp();
    const probes = [
      '/etc/shadow',
      '/etc/passwd',
      join(home, '.ssh', 'id_ed25519'),
      join(home, 'notes.json'),
      join(home, 'no-such-file.json'),
      join(home, 'no-such-folder'),
      home,
    ];
    const replies = [];
    for (const path of probes) {
      const reply = await page.call('library.addPaths', { paths: [path] });
      expect(reply.ok, path).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.kind).toBe('forbidden');
      // With the path taken out, every reply is the same sentence: nothing tells what exists.
      replies.push(reply.error.message.replace(JSON.stringify(path), '<path>'));
    }
    expect(new Set(replies).size).toBe(1);
    expect(replies[0]).toMatch(/not a script you opened or dropped/);
    expect(page.fixture.runtime.library.list()).toEqual([]);
    expect(JSON.stringify(storedContents())).not.toContain(SECRET);
  });

  it('one refused path refuses the whole call', async () => {
    const { scripts, home } = await setUp();
    await page.fixture.runtime.addUserPaths([scripts]);
    const before = page.fixture.runtime.library.list().length;
    const reply = await page.call('library.addPaths', {
      paths: [join(scripts, 'air.json'), join(home, 'notes.json')],
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(page.fixture.runtime.library.list()).toHaveLength(before);
  });

  it('accepts what the user gave in main, and only script files inside a folder they gave', async () => {
    const { scripts } = await setUp();
    const added = await page.fixture.runtime.addUserPaths([scripts]);
    expect(added.map((entry) => entry.name)).toEqual(['air.json']);

    const again = await page.call('library.addPaths', { paths: [join(scripts, 'air.json')] });
    expect(again.ok).toBe(true);
    expect((again as { value: LibraryEntry[] }).value[0]).toMatchObject({
      status: 'valid',
      name: 'air.json',
    });
    expect((await page.call('library.addPaths', { paths: [scripts] })).ok).toBe(true);

    for (const path of [
      join(scripts, 'key.pem'),
      join(scripts, '..', '.ssh', 'id_ed25519'),
      join(scripts, '..', 'notes.json'),
      `${scripts}-other/air.json`,
    ]) {
      expect(await page.call('library.addPaths', { paths: [path] }), path).toMatchObject({
        ok: false,
        error: { kind: 'forbidden' },
      });
    }
    expect(JSON.stringify(storedContents())).not.toContain(SECRET);
    expect(page.fixture.runtime.library.list().map((entry) => entry.path)).toEqual([
      join(scripts, 'air.json'),
    ]);
  });

  it('an upload cannot carry a path for the library to read or watch later', async () => {
    const { home } = await setUp();
    const reply = await page.call('library.addFiles', {
      files: [{ name: 'x.json', content: AIR_SCRIPT, path: join(home, '.ssh', 'id_ed25519') }],
    });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid-payload' } });
    expect(page.fixture.runtime.library.list()).toEqual([]);
  });
});

describe('library paths the user picked in the Open… dialog', () => {
  it('are read, and the page may name them again afterwards', async () => {
    let picked: string[] = [];
    const page = await startPageAttacker('ipc', { platform: { chooseScripts: async () => picked } });
    try {
      const folder = join(page.fixture.dataDir, 'picked');
      mkdirSync(folder);
      writeFileSync(join(folder, 'air.json'), AIR_SCRIPT);
      expect(await page.call('library.addPaths', { paths: [join(folder, 'air.json')] })).toMatchObject({
        ok: false,
      });
      picked = [join(folder, 'air.json')];
      const opened = await page.call('library.openDialog', {});
      expect(opened).toMatchObject({ ok: true, value: [{ name: 'air.json', status: 'valid' }] });
      expect(await page.call('library.addPaths', { paths: [join(folder, 'air.json')] })).toMatchObject({
        ok: true,
      });
    } finally {
      await page.close();
    }
  });
});
