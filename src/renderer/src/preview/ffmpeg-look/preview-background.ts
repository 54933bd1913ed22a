// Which background the FFmpeg-look preview loads: the one the FFmpeg render draws, by the render's
// own precedence (ffmpegBackgroundKind), from a URL of the app's media server. Pure, so tested directly.
import type { ChannelStyle } from '#core/channel.js';
import { ffmpegBackgroundKind, type FfmpegBackgroundKind } from '#core/render-look/cover-picture.js';
import type { ChannelMediaAsset } from '#shared/loopback-protocol.js';

export interface FfmpegPreviewBackground {
  /** What the render draws behind the scenes. */
  readonly kind: FfmpegBackgroundKind;
  /** Where the page loads it from; undefined for the gradient, or when the page has no URL for it. */
  readonly load?: { readonly media: 'image' | 'video'; readonly url: string };
}

export type ChannelMediaUrlOf = (channelId: string, asset: ChannelMediaAsset, version?: string) => string;

/**
 * Where the page loads the channel picture of the FFmpeg provider's options from: the media
 * server, by the timeline's channel and the file's version main put in the style (never a path).
 * Undefined when the channel has no picture, or without a media server (`urlOf`).
 */
export function channelPictureUrl(
  timeline: { readonly channel: string; readonly style: Pick<ChannelStyle, 'ffmpegChannelPicture'> },
  urlOf: ChannelMediaUrlOf | undefined,
): string | undefined {
  const picture = timeline.style.ffmpegChannelPicture;
  const url = picture && urlOf ? urlOf(timeline.channel, 'background', picture.version) : undefined;
  return url === '' ? undefined : url;
}

/**
 * The render's background for `style` and where to load it: a template's picture or video from
 * `templateBackgroundUrl` (see previewTemplateMedia), else the channel picture of the FFmpeg
 * provider's options (when the style says the channel has one) from `channelPictureUrl`, else
 * the gradient.
 */
export function ffmpegPreviewBackground(
  style: Pick<ChannelStyle, 'backgroundMedia' | 'ffmpegChannelPicture'>,
  templateBackgroundUrl: string | undefined,
  channelPictureUrl?: string,
): FfmpegPreviewBackground {
  const kind = ffmpegBackgroundKind(style, style.ffmpegChannelPicture !== undefined);
  const url =
    kind === 'channel-picture' ? channelPictureUrl : kind === 'gradient' ? undefined : templateBackgroundUrl;
  if (!url) return { kind };
  return { kind, load: { media: kind === 'template-video' ? 'video' : 'image', url } };
}
