// Where the page loads a user template's files from. Pictures arrive inside the timeline as data
// URLs; a looping video and font files are too large for that, so the page asks the app's media
// server for them by the template's id and their use (the server picks the file, never the page).
import type { ChannelStyle } from '#core/channel.js';
import type { TemplateMediaAsset } from '#shared/loopback-protocol.js';

export type TemplateMediaUrlOf = (templateId: string, asset: TemplateMediaAsset) => string;

export interface PreviewTemplateMedia {
  /** The background picture or video, when the style has one the page can load. */
  readonly backgroundUrl?: string;
  /** The logo picture (the data URL it arrives with, or the served copy when it was too large). */
  readonly logoUrl?: string;
  /** The template's own font files, by the family its text asks for. */
  readonly fontUrls: readonly { readonly family: string; readonly url: string }[];
}

/** The URLs of `style`'s template files; nothing without a media server (`urlOf`) but the data URLs. */
export function previewTemplateMedia(
  style: Pick<ChannelStyle, 'templateId' | 'backgroundMedia' | 'fontFiles' | 'logo'>,
  urlOf: TemplateMediaUrlOf | undefined,
): PreviewTemplateMedia {
  const served = (asset: TemplateMediaAsset): string | undefined => {
    const url = style.templateId && urlOf ? urlOf(style.templateId, asset) : undefined;
    return url === '' ? undefined : url;
  };
  const media = style.backgroundMedia;
  const backgroundUrl = media && (media.imageUrl ?? served('background'));
  const fontUrls = (style.fontFiles ?? []).flatMap((font, index) => {
    const url = served(`font-${index}`);
    return url ? [{ family: font.family, url }] : [];
  });
  const logoUrl = style.logo && (style.logo.imageUrl ?? served('logo'));
  return { ...(backgroundUrl ? { backgroundUrl } : {}), ...(logoUrl ? { logoUrl } : {}), fontUrls };
}
