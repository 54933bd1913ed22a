import { describe, expect, it } from 'vitest';
import { channelPictureUrl, ffmpegPreviewBackground } from './preview-background.js';

const CHANNEL_PICTURE = '/media/channel/water/background?v=3-17';
const picture = { kind: 'image', path: '/t/sky.png', blur: 4, dim: 0.2 } as const;
const clip = { kind: 'video', path: '/t/loop.mp4', durationSeconds: 2, blur: 0, dim: 0 } as const;
const channelPicture = { version: '3-17' };

describe('ffmpegPreviewBackground', () => {
  it('loads the channel picture of the FFmpeg provider options where the render draws it', () => {
    expect(
      ffmpegPreviewBackground({ ffmpegChannelPicture: channelPicture }, undefined, CHANNEL_PICTURE),
    ).toEqual({ kind: 'channel-picture', load: { media: 'image', url: CHANNEL_PICTURE } });
    // Without a URL for it (no media server) the preview waits on the gradient.
    expect(ffmpegPreviewBackground({ ffmpegChannelPicture: channelPicture }, undefined)).toEqual({
      kind: 'channel-picture',
    });
  });

  it("follows the render's precedence: a template's picture or video, not the channel picture", () => {
    const style = { backgroundMedia: picture, ffmpegChannelPicture: channelPicture };
    expect(ffmpegPreviewBackground(style, 'data:image/png;base64,SKY', CHANNEL_PICTURE)).toEqual({
      kind: 'template-picture',
      load: { media: 'image', url: 'data:image/png;base64,SKY' },
    });
    expect(
      ffmpegPreviewBackground(
        { ...style, backgroundMedia: clip },
        '/media/template/t/background',
        CHANNEL_PICTURE,
      ),
    ).toEqual({ kind: 'template-video', load: { media: 'video', url: '/media/template/t/background' } });
    // Without a URL for the template's file the preview waits on the gradient, never the channel picture.
    expect(ffmpegPreviewBackground(style, undefined, CHANNEL_PICTURE)).toEqual({ kind: 'template-picture' });
  });

  it('draws the gradient when neither is set', () => {
    expect(ffmpegPreviewBackground({}, undefined, CHANNEL_PICTURE)).toEqual({ kind: 'gradient' });
  });
});

describe('channelPictureUrl', () => {
  const urlOf = (channel: string, asset: string, version?: string) =>
    `/media/channel/${channel}/${asset}?v=${version ?? ''}`;

  it("asks the media server by the timeline's channel, with the file's version from the style", () => {
    const timeline = { channel: 'water', style: { ffmpegChannelPicture: channelPicture } };
    expect(channelPictureUrl(timeline, urlOf)).toBe('/media/channel/water/background?v=3-17');
    expect(
      channelPictureUrl({ ...timeline, style: { ffmpegChannelPicture: { version: '4-18' } } }, urlOf),
    ).toBe('/media/channel/water/background?v=4-18');
  });

  it('is undefined without a channel picture or a media server', () => {
    expect(channelPictureUrl({ channel: 'water', style: {} }, urlOf)).toBeUndefined();
    const timeline = { channel: 'water', style: { ffmpegChannelPicture: channelPicture } };
    expect(channelPictureUrl(timeline, undefined)).toBeUndefined();
    expect(channelPictureUrl(timeline, () => '')).toBeUndefined();
  });
});
