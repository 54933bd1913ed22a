export {
  BUILTIN_CHANNEL_IDS,
  BUILTIN_CHANNELS,
  DEFAULT_CONTENT_RULES,
  DEFAULT_FONTS,
  NEUTRAL_CHANNEL_BASE,
  type BuiltinChannelId,
} from '#core/channels/builtin-channels.js';
export { ChannelCatalog } from './channel-catalog.js';
export { RuleBasedChannelStrategy, type ChannelValidationOptions } from './channel-strategy.js';
export { countCharacters } from './character-count.js';
export {
  contrastRatio,
  isHexColour,
  minimumContrast,
  readableTextColour,
  relativeLuminance,
} from '#core/channels/colour-contrast.js';
export { customChannelBase, mergeChannel, type ChannelOverride } from './merge-channel.js';
