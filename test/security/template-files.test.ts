// The template editor adds a background, logo or font file to a user template. The page sends the
// bytes of a file the user picked (browser mode) or asks main to open a dialog (desktop); it never
// names a path. Whatever it sends, nothing is written outside `<templates>/<id>.files/`, a built-in
// is never given files, and a file that is not what its use needs is refused and not kept.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/support/renderer-build.js';
import { HAS_FFMPEG } from '../support/media-tools.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const FONT = readFileSync(join(REPO_ROOT, 'resources/fonts/NotoSans-Regular.ttf'));
/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);
const upload = (name: string, bytes: Buffer) => ({ name, dataBase64: bytes.toString('base64') });

describe.skipIf(!HAS_FFMPEG).each(PAGE_TRANSPORTS)('templates.addFile, over %s', (transport) => {
  let page: PageAttacker;
  afterEach(() => page.close());

  const templates = () => join(page.fixture.dataDir, 'templates');
  /** A user template "mine" (a copy of fire), as the editor has it. */
  const start = async (options: Parameters<typeof startPageAttacker>[1] = {}) => {
    // ffprobe (on PATH) checks pictures as the store does in the app.
    page = await startPageAttacker(transport, { env: { PATH: process.env['PATH'] ?? '' }, ...options });
    expect(await page.call('templates.duplicate', { id: 'fire', newId: 'mine' })).toMatchObject({ ok: true });
  };

  it('keeps a picked picture and font next to the template, under the names the fields take', async () => {
    await start();
    expect(
      await page.call('templates.addFile', {
        id: 'mine',
        use: 'background',
        upload: upload('Sky Photo.png', PNG),
      }),
    ).toEqual({ ok: true, value: { file: 'mine.files/Sky-Photo.png', kind: 'image' } });
    expect(
      await page.call('templates.addFile', { id: 'mine', use: 'font', upload: upload('Poster.ttf', FONT) }),
    ).toEqual({
      ok: true,
      value: { file: 'mine.files/Poster.ttf' },
    });
    expect(readFileSync(join(templates(), 'mine.files/Sky-Photo.png'))).toEqual(PNG);
    expect(readdirSync(join(templates(), 'mine.files')).sort()).toEqual(['Poster.ttf', 'Sky-Photo.png']);
  });

  it('writes nothing outside the template’s folder, whatever name the page sends', async () => {
    await start();
    const outside = join(page.fixture.dataDir, 'secret.png');
    writeFileSync(outside, 'keep');
    for (const name of [
      '../../secret.png',
      '/abs/../secret.png',
      '..\\..\\secret.png',
      'a/../../secret.png',
    ]) {
      const result = await page.call('templates.addFile', {
        id: 'mine',
        use: 'logo',
        upload: upload(name, PNG),
      });
      expect(result, name).toEqual({ ok: true, value: { file: 'mine.files/secret.png' } });
    }
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(readdirSync(page.fixture.dataDir).filter((f) => f.endsWith('.png'))).toEqual(['secret.png']);
  });

  it('refuses ids that spell a path and built-in templates, and writes nothing', async () => {
    await start();
    for (const id of ['../x', '..', 'a/b', '/etc', 'UPPER']) {
      expect(
        await page.call('templates.addFile', { id, use: 'logo', upload: upload('l.png', PNG) }),
        id,
      ).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload' },
      });
    }
    expect(
      await page.call('templates.addFile', { id: 'air', use: 'logo', upload: upload('l.png', PNG) }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(
      await page.call('templates.addFile', { id: 'nobody', use: 'logo', upload: upload('l.png', PNG) }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(readdirSync(templates())).toEqual(['mine.json']);
  });

  it('refuses a file that is not what its use needs, keeping the good file of that name', async () => {
    await start();
    await page.call('templates.addFile', { id: 'mine', use: 'logo', upload: upload('logo.png', PNG) });
    for (const [use, name, bytes, reason] of [
      ['logo', 'logo.png', Buffer.from('not a picture'), /logo: logo\.png: not an image/],
      ['font', 'face.ttf', PNG, /font: face\.ttf: not a TrueType or OpenType font/],
      ['background', 'loop.mp4', PNG, /background: loop\.mp4: not a video/],
      ['logo', 'clip.mp4', PNG, /clip\.mp4: a logo file must be \.png/],
      ['font', 'run.sh', FONT, /run\.sh: a font file must be \.ttf, \.otf/],
    ] as const) {
      const result = await page.call('templates.addFile', { id: 'mine', use, upload: upload(name, bytes) });
      expect(result, name).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload', message: expect.stringMatching(reason) },
      });
    }
    expect(readdirSync(join(templates(), 'mine.files'))).toEqual(['logo.png']);
    expect(readFileSync(join(templates(), 'mine.files/logo.png'))).toEqual(PNG);
  });

  it('without an upload, only main’s own dialog chooses the file; browser mode has none', async () => {
    await start();
    expect(await page.call('templates.addFile', { id: 'mine', use: 'font' })).toMatchObject({
      ok: false,
      error: { kind: 'failed', message: expect.stringContaining('desktop app') },
    });
    await page.close();
    const chosenDir = join(REPO_ROOT, 'resources/fonts');
    let offered: unknown;
    await start({
      platform: {
        chooseFile: async (options) => {
          offered = options.filters;
          return join(chosenDir, 'NotoSans-Regular.ttf');
        },
      },
    });
    expect(await page.call('templates.addFile', { id: 'mine', use: 'font' })).toEqual({
      ok: true,
      value: { file: 'mine.files/NotoSans-Regular.ttf' },
    });
    expect(offered).toEqual([{ name: 'font files', extensions: ['ttf', 'otf'] }]);
    expect(readFileSync(join(templates(), 'mine.files/NotoSans-Regular.ttf'))).toEqual(FONT);
    expect(existsSync(join(chosenDir, 'NotoSans-Regular.ttf'))).toBe(true);
  });

  it('says so when the dialog is cancelled', async () => {
    await start({ platform: { chooseFile: async () => undefined } });
    expect(await page.call('templates.addFile', { id: 'mine', use: 'background' })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect(readdirSync(templates())).toEqual(['mine.json']);
  });
});
