// The editor's save (issue #18 item 3) writes script text to disk. The page names a library id and
// the text, never a path: main writes only to the file that entry was imported from, which the
// user gave in main (Open…, a drop, the command line). An upload's save changes only its stored copy.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../src/shared/api-types.js';
import { AIR_SCRIPT } from './desktop-fixture.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const EDITED = AIR_SCRIPT.replace('Breathe in.', 'Breathe out.');

describe.each(PAGE_TRANSPORTS)('library.save and library.check from the page, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  async function setUp() {
    page = await startPageAttacker(transport);
    const scripts = join(page.fixture.dataDir, 'home', 'scripts');
    mkdirSync(scripts, { recursive: true });
    const victim = join(page.fixture.dataDir, 'home', 'victim.json');
    writeFileSync(victim, 'UNTOUCHED');
    writeFileSync(join(scripts, 'air.json'), AIR_SCRIPT);
    const [entry] = await page.fixture.runtime.addUserPaths([join(scripts, 'air.json')]);
    return { scripts, victim, entry: entry! };
  }

  it('saves to the file the user gave, through a temp file renamed over it', async () => {
    const { scripts, entry } = await setUp();
    const reply = await page.call('library.save', { id: entry.id, content: EDITED });
    expect(reply).toMatchObject({ ok: true, value: { id: entry.id, status: 'valid' } });
    expect((reply as { value: LibraryEntry }).value.script?.hook).toBe('Breathe out.');
    expect(readFileSync(join(scripts, 'air.json'), 'utf8')).toBe(EDITED);
    expect(readdirSync(scripts)).toEqual(['air.json']);
  });

  it('cannot name a path, an unknown id or another file: nothing else on disk changes', async () => {
    const { scripts, victim, entry } = await setUp();
    for (const payload of [
      { id: entry.id, content: EDITED, path: victim },
      { id: victim, content: EDITED },
      { id: '../victim.json', content: EDITED },
      { path: victim, content: EDITED },
    ]) {
      const reply = await page.call('library.save', payload as never);
      expect(reply.ok, JSON.stringify(payload)).toBe(false);
    }
    expect(readFileSync(victim, 'utf8')).toBe('UNTOUCHED');
    expect(readFileSync(join(scripts, 'air.json'), 'utf8')).toBe(AIR_SCRIPT);
    expect(existsSync(join(page.fixture.dataDir, 'home', '..', 'victim.json'))).toBe(false);
  });

  it('an upload is saved in the library only; no file is written for it', async () => {
    const { victim } = await setUp();
    const added = await page.call('library.addFiles', {
      files: [{ name: 'victim.json', content: AIR_SCRIPT }],
    });
    const upload = (added as { value: LibraryEntry[] }).value[0]!;
    expect(await page.call('library.save', { id: upload.id, content: EDITED })).toMatchObject({ ok: true });
    expect(page.fixture.runtime.library.source(upload.id)?.content).toBe(EDITED);
    expect(readFileSync(victim, 'utf8')).toBe('UNTOUCHED');
  });

  it('check reads only the text it is given (the name is a label, never opened) and stores nothing', async () => {
    const { victim } = await setUp();
    const before = page.fixture.runtime.library.list().length;
    const reply = await page.call('library.check', { name: victim, content: '{"channel": "air"' });
    expect(reply).toMatchObject({ ok: true, value: { status: 'invalid' } });
    expect(JSON.stringify(reply)).not.toContain('UNTOUCHED');
    const valid = await page.call('library.check', { name: 'x.json', content: EDITED });
    expect(valid).toMatchObject({ ok: true, value: { status: 'valid', script: { hook: 'Breathe out.' } } });
    expect(page.fixture.runtime.library.list()).toHaveLength(before);
  });

  it('source gives back only a library script’s stored text, never a file the page names', async () => {
    const { victim, entry } = await setUp();
    expect(await page.call('library.source', { id: entry.id })).toMatchObject({
      ok: true,
      value: { name: 'air.json', content: AIR_SCRIPT },
    });
    for (const id of [victim, '../victim.json', 'victim.json']) {
      const reply = await page.call('library.source', { id });
      expect(reply, id).toMatchObject({ ok: false, error: { kind: 'not-found' } });
      expect(JSON.stringify(reply)).not.toContain('UNTOUCHED');
    }
  });

  it('check gives exactly the problems an import of the same text gives', async () => {
    await setUp();
    const bad = '{\n  "channel": "air",\n  "topic": "",\n  "hook": 42,\n  "main_points": ["ok", ""]\n}';
    const checked = await page.call('library.check', { name: 'bad.json', content: bad });
    const imported = await page.call('library.addFiles', { files: [{ name: 'bad.json', content: bad }] });
    const issues = (checked as { value: LibraryEntry }).value.issues;
    expect(issues.length).toBeGreaterThan(2);
    expect(issues).toEqual((imported as { value: LibraryEntry[] }).value[0]!.issues);
  });
});
