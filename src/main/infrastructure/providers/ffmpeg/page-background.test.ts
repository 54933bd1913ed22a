import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProviderSettings } from '#core/config.js';
import { providerSettingsWith } from '#core/testing/provider-settings.js';
import { PAGE_LOGO_MAX_BYTES } from '../../templates/template-assets.js';
import { ffmpegPageBackgrounds } from './page-background.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-page-background-'));
  dirs.push(dir);
  return dir;
}

const settings = (options: Record<string, unknown>) => (): ProviderSettings => providerSettingsWith(options);

describe('ffmpegPageBackgrounds', () => {
  it("sends the page the configured channel's picture as a data URL, read again when it changes", () => {
    const sky = join(folder(), 'sky.png');
    writeFileSync(sky, Buffer.from([1, 2, 3]));
    const urlOf = ffmpegPageBackgrounds(settings({ backgrounds: { water: sky } }));
    expect(urlOf('water')).toBe('data:image/png;base64,AQID');
    expect(urlOf('fire')).toBeUndefined();
    writeFileSync(sky, Buffer.from([1, 2, 3, 4]));
    expect(urlOf('water')).toBe('data:image/png;base64,AQIDBA==');
  });

  it('sends nothing the render would not draw, or too large to send', () => {
    const dir = folder();
    const clip = join(dir, 'loop.mp4');
    const large = join(dir, 'large.jpg');
    writeFileSync(clip, 'video');
    writeFileSync(large, Buffer.alloc(PAGE_LOGO_MAX_BYTES + 1));
    mkdirSync(join(dir, 'folder.png'));
    const urlOf = ffmpegPageBackgrounds(
      settings({
        backgrounds: { clip, large, missing: join(dir, 'none.png'), folder: join(dir, 'folder.png') },
      }),
    );
    expect(['clip', 'large', 'missing', 'folder'].map((channel) => urlOf(channel))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(ffmpegPageBackgrounds(settings({ backgrounds: 'sky.png' }))('water')).toBeUndefined();
  });
});
