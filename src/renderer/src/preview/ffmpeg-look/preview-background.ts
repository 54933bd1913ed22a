// Which background the FFmpeg-look preview loads: the one the FFmpeg render draws, by the render's
// own precedence (ffmpegBackgroundKind), from a URL main gave the page. Pure, so tested directly.
import type { ChannelStyle } from '#core/channel.js';
import { ffmpegBackgroundKind, type FfmpegBackgroundKind } from '#core/render-look/cover-picture.js';

export interface FfmpegPreviewBackground {
  /** What the render draws behind the scenes. */
  readonly kind: FfmpegBackgroundKind;
  /** Where the page loads it from; undefined for the gradient, or when the page has no URL for it. */
  readonly load?: { readonly media: 'image' | 'video'; readonly url: string };
}

/**
 * The render's background for `style` and where to load it: a template's picture or video from
 * `templateBackgroundUrl` (see previewTemplateMedia), else the channel picture of the FFmpeg
 * provider's options from the data URL main put in the style, else the gradient.
 */
export function ffmpegPreviewBackground(
  style: Pick<ChannelStyle, 'backgroundMedia' | 'ffmpegBackgroundImageUrl'>,
  templateBackgroundUrl: string | undefined,
): FfmpegPreviewBackground {
  const channelPictureUrl = style.ffmpegBackgroundImageUrl;
  const kind = ffmpegBackgroundKind(style, channelPictureUrl !== undefined);
  const url =
    kind === 'channel-picture' ? channelPictureUrl : kind === 'gradient' ? undefined : templateBackgroundUrl;
  if (!url) return { kind };
  return { kind, load: { media: kind === 'template-video' ? 'video' : 'image', url } };
}
