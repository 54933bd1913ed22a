import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { providerSettingsWith } from '#core/testing/provider-settings.js';
import { ffmpegChannelPictures } from './channel-picture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-channel-picture-'));
  dirs.push(dir);
  return dir;
}

const settings = (options: Record<string, unknown>) => (): ProviderSettings => providerSettingsWith(options);

describe('ffmpegChannelPictures', () => {
  it("gives the configured channel's file and a version that changes with the file, never its bytes", () => {
    const sky = join(folder(), 'sky.png');
    writeFileSync(sky, Buffer.from([1, 2, 3]));
    utimesSync(sky, 1_700_000_000, 1_700_000_000);
    const pictures = ffmpegChannelPictures(settings({ backgrounds: { water: sky } }));
    expect(pictures.pathOf('water')).toBe(sky);
    expect(pictures.pictureOf('water')).toEqual({ version: '3-1700000000000' });
    expect([pictures.pathOf('fire'), pictures.pictureOf('fire')]).toEqual([undefined, undefined]);
    // A photo of several megabytes is a version like any other (no size cap: it is served, not inlined).
    writeFileSync(sky, Buffer.alloc(5 * 1024 * 1024));
    utimesSync(sky, 1_700_000_001, 1_700_000_001);
    expect(pictures.pictureOf('water')).toEqual({ version: `${5 * 1024 * 1024}-1700000001000` });
  });

  it('reads the current config on every call', () => {
    const dir = folder();
    const [sky, sea] = [join(dir, 'sky.png'), join(dir, 'sea.jpg')];
    writeFileSync(sky, 'a');
    writeFileSync(sea, 'bb');
    let options: Record<string, unknown> = { backgrounds: { water: sky } };
    const pictures = ffmpegChannelPictures(() => providerSettingsWith(options));
    expect(pictures.pathOf('water')).toBe(sky);
    options = { backgrounds: { water: sea } };
    expect(pictures.pathOf('water')).toBe(sea);
    expect(pictures.pictureOf('water')?.version).toMatch(/^2-/);
    options = {};
    expect(pictures.pathOf('water')).toBeUndefined();
  });

  it('resolves a relative path against the working folder, as the render loads it', () => {
    const pictures = ffmpegChannelPictures(settings({ backgrounds: { water: 'art/sky.webp' } }));
    expect(pictures.pathOf('water')).toBe(resolve('art/sky.webp'));
  });

  it('gives nothing the render would not draw', () => {
    const dir = folder();
    const clip = join(dir, 'loop.mp4');
    writeFileSync(clip, 'video');
    mkdirSync(join(dir, 'folder.png'));
    const pictures = ffmpegChannelPictures(
      settings({
        backgrounds: { clip, missing: join(dir, 'none.png'), folder: join(dir, 'folder.png') },
      }),
    );
    expect(pictures.pathOf('clip')).toBeUndefined();
    expect(['clip', 'missing', 'folder'].map((channel) => pictures.pictureOf(channel))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    // Wrong options (the render reports them) and keys every object has are no picture.
    const wrong = ffmpegChannelPictures(settings({ backgrounds: 'sky.png' }));
    expect(wrong.pathOf('water')).toBeUndefined();
    const plain = ffmpegChannelPictures(settings({ backgrounds: { water: join(dir, 'x.png') } }));
    expect(['constructor', 'toString', '__proto__'].map((channel) => plain.pathOf(channel))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
