import { describe, expect, it } from 'vitest';
import type { LoadedBackground } from './ffmpeg-frame-painter.js';
import { rememberedPicture, rememberPicture } from './use-loaded-background.js';

const picture = (width: number): Extract<LoadedBackground, { kind: 'picture' }> => ({
  kind: 'picture',
  picture: {} as never,
  width,
  height: 1,
});

describe('the pictures the preview keeps', () => {
  it('gives a picture loaded from the same URL back, and loads a new version again', () => {
    const sky = picture(1);
    rememberPicture('/media/channel/sky-test/background?v=3-1', sky);
    expect(rememberedPicture('/media/channel/sky-test/background?v=3-1')).toBe(sky);
    // The file changed: its URL did too.
    expect(rememberedPicture('/media/channel/sky-test/background?v=4-2')).toBeUndefined();
  });

  it('keeps the four most recently used', () => {
    const urls = ['a', 'b', 'c', 'd', 'e'].map((name) => `/media/channel/${name}/background?v=1-1`);
    for (const [index, url] of urls.slice(0, 4).entries()) rememberPicture(url, picture(index));
    expect(rememberedPicture(urls[0]!)).toEqual(picture(0)); // a is now the most recent
    rememberPicture(urls[4]!, picture(4));
    expect(urls.map((url) => rememberedPicture(url)?.width)).toEqual([0, undefined, 2, 3, 4]);
  });
});
