import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { providerSettingsWith } from '#core/testing/provider-settings.js';
import { ffmpegChannelPictures } from '../../infrastructure/providers/ffmpeg/channel-picture.js';
import { resolveChannelMedia, type ChannelMediaLookup } from './resolve-channel-media.js';

let dir: string;
let backgrounds: Record<string, string>;
let lookup: ChannelMediaLookup;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reelforge-channel-media-'));
  const pictures = ffmpegChannelPictures(() => providerSettingsWith({ backgrounds }));
  const channels = new Set(['air', 'water', 'earth', 'fire', 'my_channel']);
  lookup = { hasChannel: (id) => channels.has(id), backgroundOf: (id) => pictures.pathOf(id) };
  // What the config names: a picture per channel, and the wrong kinds of file.
  for (const [name, content] of [
    ['sky.png', 'PNG'],
    ['sea.jpeg', 'JPEG!'],
    ['notes.txt', 'secret'],
    ['loop.mp4', 'video'],
  ] as const)
    writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'folder.png'));
  symlinkSync(join(dir, 'notes.txt'), join(dir, 'linked.png'));
  backgrounds = { water: join(dir, 'sky.png'), my_channel: join(dir, 'sea.jpeg') };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveChannelMedia', () => {
  it('serves the picture the current config names for the channel', async () => {
    expect(await resolveChannelMedia(lookup, 'water', 'background')).toMatchObject({
      path: join(dir, 'sky.png'),
      mimeType: 'image/png',
      size: 3,
    });
    expect(await resolveChannelMedia(lookup, 'my_channel', 'background')).toMatchObject({
      mimeType: 'image/jpeg',
      size: 5,
    });
  });

  it('follows a config change: the new file, or none', async () => {
    backgrounds = { water: join(dir, 'sea.jpeg') };
    expect(await resolveChannelMedia(lookup, 'water', 'background')).toMatchObject({
      path: join(dir, 'sea.jpeg'),
      mimeType: 'image/jpeg',
    });
    backgrounds = {};
    expect(await resolveChannelMedia(lookup, 'water', 'background')).toBeUndefined();
  });

  it('refuses a channel that does not exist, even when config names a picture for it', async () => {
    backgrounds = { ...backgrounds, ghost: join(dir, 'sky.png') };
    expect(await resolveChannelMedia(lookup, 'ghost', 'background')).toBeUndefined();
    // Ids are exact: the URL carries the channel's own (lower-case) id.
    expect(await resolveChannelMedia(lookup, 'WATER', 'background')).toBeUndefined();
    expect(await resolveChannelMedia(lookup, ' water', 'background')).toBeUndefined();
  });

  it('refuses a channel with no picture, and any other use', async () => {
    expect(await resolveChannelMedia(lookup, 'air', 'background')).toBeUndefined();
    for (const asset of ['logo', 'font-0', 'Background', '', '..', 'background%00'])
      expect(await resolveChannelMedia(lookup, 'water', asset), asset).toBeUndefined();
  });

  it.each([
    ['a text file', 'notes.txt'],
    ['a video', 'loop.mp4'],
    ['a folder named like a picture', 'folder.png'],
    ['a link named like a picture to a text file', 'linked.png'],
    ['a missing file', 'none.png'],
  ])('refuses %s', async (_, name) => {
    backgrounds = { water: join(dir, name) };
    expect(await resolveChannelMedia(lookup, 'water', 'background')).toBeUndefined();
  });

  it.each([
    '..',
    '%2E%2E',
    '..%2F..%2Fetc%2Fpasswd',
    'water%2F..%2F..',
    'water%2F..',
    '%2Fetc%2Fpasswd',
    'water%00',
    '%E0%A4%A',
    'wat%65r%2F',
    '',
    '.water',
  ])('refuses the channel segment %j', async (raw) => {
    backgrounds = { ...backgrounds, '..': join(dir, 'sky.png'), '': join(dir, 'sky.png') };
    expect(await resolveChannelMedia(lookup, raw, 'background')).toBeUndefined();
  });

  it('decodes the segment once: an encoded plain id is the id', async () => {
    expect(await resolveChannelMedia(lookup, 'wat%65r', 'background')).toMatchObject({
      mimeType: 'image/png',
    });
  });
});
