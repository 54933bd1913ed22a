import type {
  ChannelDefinition,
  ChannelNarration,
  ChannelFonts,
  ChannelPalette,
  ChannelStyle,
  ContentRules,
} from '#core/channel.js';
import { NEUTRAL_CHANNEL_BASE } from '#core/channels/builtin-channels.js';
import { DARK_TEXT, LIGHT_TEXT, readableTextColour } from '#core/channels/colour-contrast.js';

/** Parts of a channel that config may replace; anything left out keeps the base value. */
export interface ChannelOverride {
  readonly name?: string;
  readonly theme?: string;
  readonly palette?: Partial<ChannelPalette>;
  readonly fonts?: Partial<ChannelFonts>;
  readonly animation?: ChannelStyle['animation'];
  readonly wordsPerMinute?: number;
  readonly transition?: ChannelStyle['transition'];
  readonly transitionSeconds?: number;
  readonly rules?: Partial<ContentRules>;
  readonly narration?: ChannelNarration;
}

/** `base` with the override's fields replacing its own; palette, fonts and rules merge field by field. */
export function mergeChannel(base: ChannelDefinition, override: ChannelOverride): ChannelDefinition {
  const style = base.style;
  return {
    id: base.id,
    name: override.name ?? base.name,
    theme: override.theme ?? base.theme,
    style: {
      palette: { ...style.palette, ...definedOnly(override.palette) },
      fonts: { ...style.fonts, ...definedOnly(override.fonts) },
      animation: override.animation ?? style.animation,
      wordsPerMinute: override.wordsPerMinute ?? style.wordsPerMinute,
      transition: override.transition ?? style.transition,
      transitionSeconds: override.transitionSeconds ?? style.transitionSeconds,
    },
    rules: { ...base.rules, ...definedOnly(override.rules) },
    ...(base.narration || override.narration
      ? { narration: { ...base.narration, ...definedOnly(override.narration) } }
      : {}),
  };
}

/**
 * Starting point of a channel that exists only in config: the neutral style on the channel's own
 * background, with dark or light text, whichever reads better on it. Its name is the id in title
 * case ("deep-focus" → "Deep Focus").
 */
export function customChannelBase(id: string, background: readonly string[]): ChannelDefinition {
  const text = readableTextColour(background);
  const name = titleCase(id);
  return {
    id,
    name,
    theme: name,
    style: {
      ...NEUTRAL_CHANNEL_BASE.style,
      palette: {
        ...NEUTRAL_CHANNEL_BASE.style.palette,
        background,
        text,
        textShadow: text === DARK_TEXT ? LIGHT_TEXT : '#000000',
      },
    },
    rules: NEUTRAL_CHANNEL_BASE.rules,
  };
}

function titleCase(id: string): string {
  return id
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** Drops keys whose value is undefined, so spreading never erases a base value. */
function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
