// The preview loads a user template's background video and font files from the app's media
// server (loopback HTTP in browser mode, `reelforge-media://template/…` in Electron). The page
// names a template id and a use, never a path: it must get exactly the files the template store
// checked for that use, and nothing else — no file outside the templates folder, however asked.
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { templateFromChannel } from '#core/templates/builtin-templates.js';
import { startLoopbackServer, type LoopbackServer } from '../../src/main/presentation/loopback/index.js';
import { resolveTemplateMedia } from '../../src/main/presentation/media/index.js';
import { parseElectronMediaUrl } from '../../src/main/presentation/electron/media-url.js';
import { electronTemplateMediaUrl } from '../../src/shared/loopback-protocol.js';
import { REPO_ROOT } from '../e2e/support/renderer-build.js';
import { HAS_FFMPEG, makeFromLavfi } from '../support/media-tools.js';
import { createDesktopFixture, type DesktopFixture } from './desktop-fixture.js';

const FONT = join(REPO_ROOT, 'resources/fonts/NotoSans-Regular.ttf');

/** A one-second H.264 clip of an ffmpeg test pattern. */
const makeClip = (path: string, source: string) =>
  makeFromLavfi(path, `${source}:d=1`, ['-pix_fmt', 'yuv420p']);

function template(id: string, background: object, fontFile = `${id}.files/face.ttf`) {
  return {
    ...templateFromChannel(BUILTIN_CHANNELS['air']!),
    id,
    name: id,
    background,
    fonts: { heading: 'Poster', body: 'Poster', files: [{ family: 'Poster', file: fontFile }] },
  };
}

describe.skipIf(!HAS_FFMPEG)("template media: only the files a user template's checks allow", () => {
  let fixture: DesktopFixture;
  let server: LoopbackServer;
  let templates: string;
  let secretVideo: Buffer;
  const url = (path: string, token = server.token) =>
    `http://127.0.0.1:${server.port}${path}${token ? `?token=${token}` : ''}`;
  const get = (path: string, init: { token?: string; headers?: Record<string, string> } = {}) =>
    fetch(url(path, init.token ?? server.token), { headers: init.headers });

  beforeAll(async () => {
    // ffprobe (found on PATH) checks the video as the store does in the app.
    fixture = createDesktopFixture({ env: { PATH: process.env['PATH'] ?? '' } });
    templates = join(fixture.dataDir, 'templates');
    const files = join(templates, 'night.files');
    mkdirSync(files, { recursive: true });
    makeClip(join(files, 'loop.mp4'), 'testsrc=size=64x96:rate=10');
    copyFileSync(FONT, join(files, 'face.ttf'));
    // What an attacker wants back: a video and a font just outside the templates folder.
    makeClip(join(fixture.dataDir, 'secret.mp4'), 'testsrc2=size=32x32:rate=5');
    copyFileSync(FONT, join(fixture.dataDir, 'secret.ttf'));
    secretVideo = readFileSync(join(fixture.dataDir, 'secret.mp4'));
    const write = (t: ReturnType<typeof template>) =>
      writeFileSync(join(templates, `${t.id}.json`), JSON.stringify(t));
    write(template('night', { kind: 'video', file: 'night.files/loop.mp4', blur: 4, dim: 0.3 }));
    // Planted by hand in the templates folder: files outside it, directly and through links.
    write(template('climber', { kind: 'video', file: '../secret.mp4' }, '../secret.ttf'));
    mkdirSync(join(templates, 'linked.files'));
    symlinkSync(join(fixture.dataDir, 'secret.mp4'), join(templates, 'linked.files', 'loop.mp4'));
    symlinkSync(join(fixture.dataDir, 'secret.ttf'), join(templates, 'linked.files', 'face.ttf'));
    write(template('linked', { kind: 'video', file: 'linked.files/loop.mp4' }));
    // A picture entry naming a video, and a "font" that is a video renamed.
    mkdirSync(join(templates, 'posing.files'));
    copyFileSync(join(files, 'loop.mp4'), join(templates, 'posing.files', 'face.ttf'));
    write(template('posing', { kind: 'image', file: 'night.files/loop.mp4' }));
    const rendererDir = join(fixture.dataDir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Reelforge</title>');
    server = await startLoopbackServer({ runtime: fixture.runtime, rendererDir, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await fixture?.close();
  });

  it("serves the template's background video and font file by id and use, with ranges", async () => {
    const video = await get('/media/template/night/background');
    expect([video.status, video.headers.get('content-type')]).toEqual([200, 'video/mp4']);
    expect(Buffer.from(await video.arrayBuffer())).toEqual(
      readFileSync(join(templates, 'night.files/loop.mp4')),
    );
    const font = await get('/media/template/night/font-0');
    expect([font.status, font.headers.get('content-type')]).toEqual([200, 'font/ttf']);
    expect(Buffer.from(await font.arrayBuffer())).toEqual(readFileSync(FONT));
    const part = await get('/media/template/night/background', { headers: { Range: 'bytes=0-9' } });
    expect([part.status, (await part.arrayBuffer()).byteLength]).toEqual([206, 10]);
  });

  it('answers 401 without the token, as job media does', async () => {
    expect((await fetch(url('/media/template/night/background', ''))).status).toBe(401);
    expect((await get('/media/template/night/background', { token: 'wrong' })).status).toBe(401);
  });

  it.each([
    ['climber', 'background'],
    ['climber', 'font-0'],
    ['linked', 'background'],
    ['linked', 'font-0'],
    ['posing', 'background'],
    ['posing', 'font-0'],
    ['night', 'font-1'],
    ['night', 'font-01'],
    ['night', 'logo'],
    ['night', '..%2F..%2Fsecret.mp4'],
    ['night', '%2E%2E'],
    ['air', 'background'],
    ['..', 'background'],
    ['%2E%2E', 'background'],
    ['night%2F..%2F..', 'background'],
    ['..%2Fsecret', 'background'],
    ['NIGHT', 'background'],
    ['night%00', 'background'],
  ])('refuses template %j asset %j with a plain 404', async (id, asset) => {
    const response = await get(`/media/template/${id}/${asset}`);
    expect(response.status).toBe(404);
    expect(Buffer.from(await response.arrayBuffer()).includes(secretVideo.subarray(0, 64))).toBe(false);
  });

  it('refuses extra path segments and paths that only look like the prefix', async () => {
    for (const path of [
      '/media/template/night/background/extra',
      '/media/template/night',
      '/media/template/../job/x/video',
      '/media/template/night/../../secret.mp4',
    ]) {
      const response = await get(path);
      expect(response.status, path).not.toBe(200);
    }
  });

  it('Electron resolves template URLs through the same check', async () => {
    const target = parseElectronMediaUrl(electronTemplateMediaUrl('night', 'font-0'));
    expect(target).toEqual({ kind: 'template', rawTemplateId: 'night', rawAsset: 'font-0' });
    const templateMedia = fixture.runtime.templateMedia;
    expect(await resolveTemplateMedia(templateMedia, 'night', 'font-0')).toMatchObject({
      mimeType: 'font/ttf',
    });
    expect(await resolveTemplateMedia(templateMedia, 'linked', 'background')).toBeUndefined();
    expect(parseElectronMediaUrl('reelforge-media://template/night')).toBeUndefined();
    expect(parseElectronMediaUrl('reelforge-media://elsewhere/night/font-0')).toBeUndefined();
  });
});
