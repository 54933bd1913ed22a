import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SCRIPT_BYTES } from '#core/script-files.js';
import { SqliteLibraryRepository } from '../../src/main/infrastructure/storage/index.js';
import type { ApiEvents } from '../../src/shared/api-contract.js';
import { jsonScript } from '../support/json-script.js';
import { useMockDesktopRuntime } from '../support/mock-desktop-runtime.js';

const validScript = (topic: string) =>
  JSON.stringify(jsonScript({ channel: 'air', topic }, ['Breathe in.', 'One calm point.', 'Follow.']));

const { start, dataDir } = useMockDesktopRuntime();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Rows in library_scripts, read from the database file itself. */
function storedNames(): string[] {
  const db = new Database(join(dataDir(), 'reelforge.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT name FROM library_scripts ORDER BY seq').all() as { name: string }[]).map(
      (row) => row.name,
    );
  } finally {
    db.close();
  }
}

describe('library intake', () => {
  it('answers an upload over the size cap or binary with its issue and stores nothing of it', async () => {
    const rt = start();
    const tooBig = `{"hook": "${'x'.repeat(MAX_SCRIPT_BYTES)}"}`;
    const events: ApiEvents['library'][] = [];
    rt.subscribe((event, payload) => {
      if (event === 'library') events.push(payload as ApiEvents['library']);
    });
    const [big, binary, good] = await rt.handlers['library.addFiles']({
      files: [
        { name: 'huge.json', content: tooBig },
        { name: 'video.txt', content: 'Hook: x\n\0\0\0' },
        { name: 'good.json', content: validScript('Good') },
      ],
    });
    expect(big).toMatchObject({
      name: 'huge.json',
      status: 'invalid',
      issues: [
        {
          file: 'huge.json',
          field: '(content)',
          message: expect.stringMatching(/larger than 1048576 bytes/),
        },
      ],
    });
    expect(binary).toMatchObject({
      name: 'video.txt',
      status: 'invalid',
      issues: [{ file: 'video.txt', field: '(content)', message: expect.stringMatching(/NUL/) }],
    });
    expect(good).toMatchObject({ name: 'good.json', status: 'valid' });

    expect(rt.library.list().map((entry) => entry.name)).toEqual(['good.json']);
    expect(storedNames()).toEqual(['good.json']);
    expect(rt.library.get(big!.id)).toBeUndefined();
    expect(events.map((event) => event.type === 'entry-updated' && event.entry.name)).toEqual(['good.json']);
  });

  it('keeps an earlier upload of the same name when a rejected one follows', async () => {
    const rt = start();
    const [first] = await rt.handlers['library.addFiles']({
      files: [{ name: 'a.json', content: validScript('Kept') }],
    });
    await rt.handlers['library.addFiles']({
      files: [{ name: 'a.json', content: 'x'.repeat(MAX_SCRIPT_BYTES + 1) }],
    });
    expect(rt.library.get(first!.id)).toMatchObject({ status: 'valid', topic: 'Kept' });
    expect(storedNames()).toEqual(['a.json']);
  });

  it('keeps an upload within the cap that fails to parse, for the user to fix', async () => {
    const rt = start();
    const [entry] = await rt.handlers['library.addFiles']({ files: [{ name: 'bad.json', content: '{' }] });
    expect(entry!.status).toBe('invalid');
    expect(storedNames()).toEqual(['bad.json']);
  });

  it('adds files without reading the whole library back once per file', async () => {
    const rt = start();
    const list = vi.spyOn(SqliteLibraryRepository.prototype, 'list');
    const files = Array.from({ length: 20 }, (_, i) => ({
      name: `s${i}.json`,
      content: validScript(`T${i}`),
    }));
    const paths = Array.from({ length: 5 }, (_, i) => {
      const path = join(dataDir(), `p${i}.json`);
      writeFileSync(path, validScript(`P${i}`));
      return path;
    });
    await rt.handlers['library.addFiles']({ files });
    // Paths the user gave in main (command line, Open…), as the desktop shell adds them.
    await rt.addUserPaths(paths);
    expect(list).not.toHaveBeenCalled();
    expect(rt.library.watchedPaths().map((entry) => entry.path)).toEqual(paths);
  });

  it('validates every entry again after a settings change, one event each', async () => {
    const rt = start();
    await rt.handlers['library.addFiles']({
      files: [
        { name: 'a.json', content: validScript('A') },
        { name: 'b.json', content: validScript('B') },
      ],
    });
    const list = vi.spyOn(SqliteLibraryRepository.prototype, 'list');
    const updated: string[] = [];
    rt.subscribe((event, payload) => {
      const library = payload as ApiEvents['library'];
      if (event === 'library' && library.type === 'entry-updated') updated.push(library.entry.name);
    });
    await rt.handlers['settings.update']({ patch: { global: { maxConcurrentGenerations: 3 } } });
    await vi.waitFor(() => expect(updated).toEqual(['a.json', 'b.json']));
    expect(list).not.toHaveBeenCalled();
  });
});
