// Issue 12, probe 2: with a job's `outputPath` / `thumbnailPath` in SQLite pointed at files outside
// the output folder, `jobs.delete {deleteFiles:true}` removed them. Delete now removes only files
// inside the folder the job rendered into, by the media route's rule (also after symlinks).
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

describe.each(PAGE_TRANSPORTS)('jobs.delete with files, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('removes the files the job wrote in its output folder', async () => {
    page = await startPageAttacker(transport);
    const job = await page.fixture.renderMock();
    expect(existsSync(job.result!.outputPath)).toBe(true);
    expect(await page.call('jobs.delete', { id: job.id, deleteFiles: true })).toMatchObject({ ok: true });
    expect(existsSync(job.result!.outputPath)).toBe(false);
  });

  it('leaves files outside the output folder alone, however the history names them', async () => {
    page = await startPageAttacker(transport);
    const precious = join(page.fixture.dataDir, 'precious');
    mkdirSync(precious);
    // Never a real system file: were the rule broken, this test would delete it.
    const files = ['document.txt', 'photo.jpg', 'linked.txt', 'dotdot.txt', 'absolute.txt'].map((name) => {
      const path = join(precious, name);
      writeFileSync(path, `keep ${name}`);
      return path;
    });
    const [document, photo, linked, , absolute] = files as [string, string, string, string, string];
    const out = page.fixture.outputDir;

    const first = await page.fixture.renderMock();
    page.fixture.tamperJob(first.id, { outputPath: document, thumbnailPath: photo });
    expect(await page.call('jobs.delete', { id: first.id, deleteFiles: true })).toMatchObject({ ok: true });

    // A link planted in the output folder, and a path that climbs out of it.
    const second = await page.fixture.renderMock();
    symlinkSync(linked, join(out, 'planted.json'));
    page.fixture.tamperJob(second.id, {
      outputPath: join(out, 'planted.json'),
      thumbnailPath: `${out}/../precious/dotdot.txt`,
      extraFiles: [linked, absolute],
    });
    expect(await page.call('jobs.delete', { id: second.id, deleteFiles: true })).toMatchObject({ ok: true });

    for (const file of files) expect(readFileSync(file, 'utf8'), file).toMatch(/^keep /);
    expect(await page.call('jobs.get', { id: first.id })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(await page.call('jobs.get', { id: second.id })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
  });
});
