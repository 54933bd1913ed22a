import type { ChannelDefinition } from '../channel.js';
import { BUILTIN_CHANNELS } from '../channels/builtin-channels.js';
import { TEMPLATE_FORMAT_VERSION, type ReelforgeTemplate, type TemplateRoleLook } from './template-schema.js';

/**
 * One built-in template per built-in channel, generated from the channel's style so that a video
 * with the channel's default template looks exactly as it did before templates existed.
 */
export function templateFromChannel(channel: ChannelDefinition): ReelforgeTemplate {
  const { style } = channel;
  const role = (position: TemplateRoleLook['position'], weight: TemplateRoleLook['weight']) =>
    ({
      position,
      size: { min: 1, max: 1 },
      weight,
      align: 'center',
      entrance: style.animation,
      emphasis: 'highlight',
    }) satisfies TemplateRoleLook;
  return {
    schema: TEMPLATE_FORMAT_VERSION,
    id: channel.id,
    name: channel.name,
    version: 1,
    palette: {
      background: [...style.palette.background],
      text: style.palette.text,
      accent: style.palette.accent,
      primary: style.palette.primary,
      textShadow: style.palette.textShadow,
    },
    fonts: { heading: style.fonts.heading, body: style.fonts.body },
    background: { kind: 'gradient' },
    // Bold for every role: the weight all text had before templates.
    roles: { hook: role('center', 700), point: role('center', 700), cta: role('center', 700) },
    transition: { kind: style.transition, seconds: style.transitionSeconds },
    captions: { style: 'word-highlight' },
  };
}

export const BUILTIN_TEMPLATES: readonly ReelforgeTemplate[] =
  Object.values(BUILTIN_CHANNELS).map(templateFromChannel);

