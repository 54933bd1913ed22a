// The FFmpeg render draws the picture `providers.ffmpeg.options.backgrounds` names behind a
// channel's scenes, and the preview shows it too: the library's timelines say only that the
// channel has one (and the file's version); the page loads it from the app's media server by
// channel id (`/media/channel/<id>/background` with the token, `reelforge-media://channel/<id>/
// background` in Electron). The page names a channel, never a path: it gets exactly the file the
// current config names for an existing channel, when that is a picture — whatever its size.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseElectronMediaUrl } from '../../src/main/presentation/electron/media-url.js';
import { resolveChannelMedia } from '../../src/main/presentation/media/index.js';
import type { LibraryEntry } from '../../src/shared/api-types.js';
import { electronChannelMediaUrl, loopbackChannelMediaPath } from '../../src/shared/loopback-protocol.js';
import { jsonScript } from '../support/json-script.js';
import { makeTempDir } from '../support/temp-dir.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const script = (channel: string) =>
  JSON.stringify(jsonScript({ channel, topic: channel }, ['Breathe in.', 'One calm point.', 'Follow.']));

/** An ordinary photo's size: well over the 1 MB that once kept a channel picture out of the preview. */
const PHOTO_BYTES = 3 * 1024 * 1024 + 17;

describe.each(PAGE_TRANSPORTS)('the FFmpeg channel picture, from the page over %s', (transport) => {
  let files: ReturnType<typeof makeTempDir>;
  let photo: string;
  let secret: Buffer;
  let page: PageAttacker | undefined;

  beforeAll(() => {
    files = makeTempDir('reelforge-channel-media-');
    photo = join(files.path, 'sea photo.png');
    const bytes = Buffer.alloc(PHOTO_BYTES, 7);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    writeFileSync(photo, bytes);
    // What an attacker wants back: a private file beside it, which config names only as the wrong kind.
    secret = Buffer.from('PRIVATE-NOTES-0123456789');
    writeFileSync(join(files.path, 'notes.txt'), secret);
    mkdirSync(join(files.path, 'album.png'));
  });
  afterAll(async () => {
    await page?.close();
    files.cleanup();
  });

  const start = async (): Promise<PageAttacker> =>
    (page ??= await startPageAttacker(transport, {
      providers: {
        ffmpeg: {
          backgrounds: {
            water: photo,
            air: join(files.path, 'notes.txt'),
            earth: join(files.path, 'album.png'),
            // Not a channel of the app: nothing is served for it.
            ghost: photo,
          },
        },
      },
    }));

  /** Loads a channel's file the way the page would over this transport; undefined for a refusal. */
  async function load(rawChannel: string, rawAsset = 'background'): Promise<Buffer | undefined> {
    const page = await start();
    if (page.server) {
      const { port, token } = page.server;
      const response = await fetch(
        `http://127.0.0.1:${port}/media/channel/${rawChannel}/${rawAsset}?token=${token}`,
      );
      const body = Buffer.from(await response.arrayBuffer());
      if (response.status === 200) return body;
      expect(response.status, `${rawChannel}/${rawAsset}`).toBe(404);
      expect(body.includes(secret)).toBe(false);
      return undefined;
    }
    const target = parseElectronMediaUrl(`reelforge-media://channel/${rawChannel}/${rawAsset}`);
    if (!target) return undefined;
    expect(target.kind).toBe('channel');
    if (target.kind !== 'channel') return undefined;
    const media = await resolveChannelMedia(
      page.fixture.runtime.channelMedia,
      target.rawChannelId,
      target.rawAsset,
    );
    return media ? readFileSync(media.path) : undefined;
  }

  it('library.list carries a version of the picture, never the picture (no data: URL) or its path', async () => {
    const page = await start();
    const upload = await page.call('library.addFiles', {
      files: ['water', 'air', 'fire'].map((channel) => ({
        name: `${channel}.json`,
        content: script(channel),
      })),
    });
    expect(upload.ok).toBe(true);
    const listed = await page.call('library.list', {});
    expect(listed.ok).toBe(true);
    const text = JSON.stringify(listed);
    for (const leak of ['data:', 'base64', files.path, 'sea photo', 'notes.txt', 'ffmpegBackgroundImageUrl'])
      expect(text).not.toContain(leak);
    const entries = (listed as { value: LibraryEntry[] }).value;
    const info = statSync(photo);
    expect(
      Object.fromEntries(entries.map((entry) => [entry.channel, entry.timeline?.style.ffmpegChannelPicture])),
    ).toEqual({
      // The large photo is previewed: the page is told to load it.
      water: { version: `${info.size}-${info.mtimeMs}` },
      // A text file and a folder are no pictures: the render draws neither.
      air: undefined,
      fire: undefined,
    });
  });

  it('serves the configured picture by channel id, larger than 1 MB included', async () => {
    const served = await load('water');
    expect(served?.length).toBe(PHOTO_BYTES);
    expect(served?.equals(readFileSync(photo))).toBe(true);
    // The URLs the page's clients build name the same file; a version in the query changes nothing.
    expect(loopbackChannelMediaPath('water', 'background')).toBe('/media/channel/water/background');
    expect(parseElectronMediaUrl(`${electronChannelMediaUrl('water', 'background')}?v=1-2`)).toEqual({
      kind: 'channel',
      rawChannelId: 'water',
      rawAsset: 'background',
    });
  });

  it.each([
    ['air', 'background'], // config names a text file
    ['earth', 'background'], // config names a folder called album.png
    ['fire', 'background'], // config names nothing
    ['ghost', 'background'], // config names a picture, but there is no such channel
    ['WATER', 'background'],
    ['water', 'logo'],
    ['water', 'font-0'],
    ['water', '..%2F..%2Fnotes.txt'],
    ['..', 'background'],
    ['%2E%2E', 'background'],
    ['..%2Fnotes.txt', 'background'],
    ['water%2F..%2F..', 'background'],
    ['%2Ftmp%2Fnotes.txt', 'background'],
    ['%2Fetc%2Fpasswd', 'background'],
    ['water%00', 'background'],
  ])('refuses channel %j use %j (404, nothing of the file)', async (channel, asset) => {
    expect(await load(channel, asset)).toBeUndefined();
  });
});

describe('the loopback route of channel media', () => {
  let page: PageAttacker;
  let files: ReturnType<typeof makeTempDir>;
  afterEach(async () => {
    await page.close();
    files.cleanup();
  });

  it('answers 401 without the token, and the page cannot add a path to the URL', async () => {
    files = makeTempDir('reelforge-channel-media-');
    const photo = join(files.path, 'sky.png');
    writeFileSync(photo, 'PNG-BYTES');
    const other = join(files.path, 'other.png');
    writeFileSync(other, 'OTHER-PICTURE');
    page = await startPageAttacker('loopback', { providers: { ffmpeg: { backgrounds: { water: photo } } } });
    const { port, token } = page.server!;
    const url = (path: string) => `http://127.0.0.1:${port}${path}`;
    expect((await fetch(url('/media/channel/water/background'))).status).toBe(401);
    expect((await fetch(url('/media/channel/water/background?token=wrong'))).status).toBe(401);
    expect((await fetch(url(`/media/channel/water/background?v=1&token=${token.slice(1)}`))).status).toBe(
      401,
    );

    // Whatever the query says, the file is the one config names.
    const asked = await fetch(
      url(`/media/channel/water/background?token=${token}&path=${encodeURIComponent(other)}&file=${other}`),
    );
    expect([asked.status, asked.headers.get('content-type'), await asked.text()]).toEqual([
      200,
      'image/png',
      'PNG-BYTES',
    ]);
    for (const path of [
      '/media/channel/water/background/extra',
      '/media/channel/water',
      '/media/channel/../template/x/background',
      `/media/channel/water/..%2F..${encodeURIComponent(other)}`,
      `/media/channel/${encodeURIComponent(other)}/background`,
    ]) {
      const response = await fetch(url(`${path}?token=${token}`));
      expect(response.status, path).not.toBe(200);
      expect(await response.text()).not.toContain('OTHER-PICTURE');
    }
  });
});
