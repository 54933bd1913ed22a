import type { ChannelDefinition, ChannelStyle } from '../channel.js';
import { contrastRatio } from '../channels/colour-contrast.js';
import type { TemplateAssets } from './template-logo.js';
import type { ReelforgeTemplate, TemplateRoleLook } from './template-schema.js';
import type { RoleTextLayout } from './text-position.js';

/**
 * The channel as it renders with `template`: the template's palette, fonts, background kind,
 * transition, entrance animation, per-role text layout and logo replace the channel's style; the
 * channel keeps its pace (words per minute) and content rules. `assets` are the template's files
 * as the store found them (the logo is drawn only when its image was found and checked).
 */
export function applyTemplate(
  channel: ChannelDefinition,
  template: ReelforgeTemplate,
  assets?: TemplateAssets,
): ChannelDefinition {
  return { ...channel, style: styleFromTemplate(template, channel.style.wordsPerMinute, assets) };
}

export function styleFromTemplate(
  template: ReelforgeTemplate,
  wordsPerMinute: number,
  assets?: TemplateAssets,
): ChannelStyle {
  const { palette } = template;
  const first = palette.background[0]!;
  // Renderers draw a gradient; a solid background is a gradient whose stops are all one colour.
  const background =
    template.background.kind === 'solid' || palette.background.length === 1
      ? [first, first]
      : [...palette.background];
  const textShadow =
    palette.textShadow ??
    (contrastRatio(palette.text, '#000000') >= contrastRatio(palette.text, '#ffffff')
      ? '#000000'
      : '#ffffff');
  const role = (look: TemplateRoleLook): RoleTextLayout => ({
    position: look.position,
    sizeMax: look.size.max,
    sizeMin: look.size.min,
    weight: look.weight,
    align: look.align,
    emphasis: look.emphasis,
    entrance: look.entrance,
  });
  return {
    palette: {
      background,
      primary: palette.primary ?? palette.accent,
      accent: palette.accent,
      text: palette.text,
      textShadow,
    },
    fonts: { heading: template.fonts.heading, body: template.fonts.body },
    // The video-wide motion (the moving background's); each role's text enters its own way
    // (layout.*.entrance, read through entranceFor).
    animation: template.roles.hook.entrance,
    wordsPerMinute,
    transition: template.transition.kind,
    transitionSeconds: template.transition.seconds,
    templateId: template.id,
    captionStyle: template.captions.style,
    layout: {
      hook: role(template.roles.hook),
      point: role(template.roles.point),
      cta: role(template.roles.cta),
    },
    ...(template.logo && assets?.logo ? { logo: { ...assets.logo, position: template.logo.position } } : {}),
    ...(template.music?.volume !== undefined ? { musicVolume: template.music.volume } : {}),
    ...(template.music?.file !== undefined && assets?.music ? { musicPath: assets.music.path } : {}),
    ...(assets?.fonts && assets.fonts.length > 0 ? { fontFiles: assets.fonts } : {}),
    ...(assets?.background && (template.background.kind === 'image' || template.background.kind === 'video')
      ? {
          backgroundMedia: {
            ...assets.background,
            blur: template.background.blur ?? 0,
            dim: template.background.dim ?? 0,
          },
        }
      : {}),
  };
}
