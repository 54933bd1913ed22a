import { describe, expect, it } from 'vitest';
import { ffmpegPreviewBackground } from './preview-background.js';

const CHANNEL_PICTURE = 'data:image/png;base64,AAAA';
const picture = { kind: 'image', path: '/t/sky.png', blur: 4, dim: 0.2 } as const;
const clip = { kind: 'video', path: '/t/loop.mp4', durationSeconds: 2, blur: 0, dim: 0 } as const;

describe('ffmpegPreviewBackground', () => {
  it('loads the channel picture of the FFmpeg provider options where the render draws it', () => {
    expect(ffmpegPreviewBackground({ ffmpegBackgroundImageUrl: CHANNEL_PICTURE }, undefined)).toEqual({
      kind: 'channel-picture',
      load: { media: 'image', url: CHANNEL_PICTURE },
    });
  });

  it("follows the render's precedence: a template's picture or video, not the channel picture", () => {
    const style = { backgroundMedia: picture, ffmpegBackgroundImageUrl: CHANNEL_PICTURE };
    expect(ffmpegPreviewBackground(style, 'data:image/png;base64,SKY')).toEqual({
      kind: 'template-picture',
      load: { media: 'image', url: 'data:image/png;base64,SKY' },
    });
    expect(
      ffmpegPreviewBackground({ ...style, backgroundMedia: clip }, '/media/template/t/background'),
    ).toEqual({ kind: 'template-video', load: { media: 'video', url: '/media/template/t/background' } });
    // Without a URL for the template's file the preview waits on the gradient, never the channel picture.
    expect(ffmpegPreviewBackground(style, undefined)).toEqual({ kind: 'template-picture' });
  });

  it('draws the gradient when neither is set', () => {
    expect(ffmpegPreviewBackground({}, undefined)).toEqual({ kind: 'gradient' });
  });
});
