import type { ChannelDefinition, ChannelFonts, ContentRules } from '../channel.js';

/**
 * The four channels Reelforge ships with. Every text colour keeps a WCAG contrast of at least 4.5
 * against every background stop (checked in builtin-channels.test.ts), so captions stay readable
 * anywhere on the gradient.
 */

/** Limits for a 60-second short; config may override any of them per channel. */
export const DEFAULT_CONTENT_RULES: ContentRules = {
  maxTotalSeconds: 60,
  maxHookChars: 150,
  maxPointChars: 200,
  maxCallToActionChars: 150,
  minPoints: 1,
  maxPoints: 7,
  minSceneSeconds: 2,
  maxSceneSeconds: 12,
};

/** The FFmpeg renderer ships Noto fonts, so every built-in channel uses them. */
export const DEFAULT_FONTS: ChannelFonts = { heading: 'Noto Sans', body: 'Noto Sans' };

export const BUILTIN_CHANNEL_IDS = ['air', 'water', 'earth', 'fire'] as const;
export type BuiltinChannelId = (typeof BUILTIN_CHANNEL_IDS)[number];

const air: ChannelDefinition = {
  id: 'air',
  name: 'Air',
  theme: 'mental clarity',
  style: {
    // Light sky blues call for dark text.
    palette: {
      background: ['#e0f2fe', '#bae6fd', '#7dd3fc'],
      primary: '#0369a1',
      accent: '#0ea5e9',
      text: '#0c4a6e',
      textShadow: '#f0f9ff',
    },
    fonts: DEFAULT_FONTS,
    animation: 'float',
    wordsPerMinute: 150,
    transition: 'crossfade',
    transitionSeconds: 0.6,
  },
  rules: DEFAULT_CONTENT_RULES,
};

const water: ChannelDefinition = {
  id: 'water',
  name: 'Water',
  theme: 'emotional wellness',
  style: {
    palette: {
      background: ['#0b2545', '#0e4d64', '#0f766e'],
      primary: '#22d3ee',
      accent: '#5eead4',
      text: '#ffffff',
      textShadow: '#031525',
    },
    fonts: DEFAULT_FONTS,
    animation: 'ripple',
    // Slowest pace: calm delivery.
    wordsPerMinute: 140,
    transition: 'slide-up',
    transitionSeconds: 0.6,
  },
  rules: DEFAULT_CONTENT_RULES,
};

const earth: ChannelDefinition = {
  id: 'earth',
  name: 'Earth',
  theme: 'grounding',
  style: {
    palette: {
      background: ['#1f3d2b', '#3f4f2a', '#5c4033'],
      primary: '#84a98c',
      accent: '#d4a373',
      text: '#f5efe0',
      textShadow: '#14110d',
    },
    fonts: DEFAULT_FONTS,
    animation: 'rise',
    wordsPerMinute: 145,
    transition: 'wipe',
    transitionSeconds: 0.5,
  },
  rules: DEFAULT_CONTENT_RULES,
};

const fire: ChannelDefinition = {
  id: 'fire',
  name: 'Fire',
  theme: 'motivation',
  style: {
    palette: {
      background: ['#7f1d1d', '#b91c1c', '#c2410c'],
      primary: '#f97316',
      accent: '#facc15',
      text: '#ffffff',
      textShadow: '#2a0a05',
    },
    fonts: DEFAULT_FONTS,
    animation: 'burst',
    // Fastest pace and shortest transitions: energy.
    wordsPerMinute: 170,
    transition: 'zoom',
    transitionSeconds: 0.4,
  },
  rules: DEFAULT_CONTENT_RULES,
};

export const BUILTIN_CHANNELS: Readonly<Record<BuiltinChannelId, ChannelDefinition>> = {
  air,
  water,
  earth,
  fire,
};

/**
 * Base of a custom channel defined only in config: it must bring its own background, and takes
 * everything else from here (the text colour is picked for contrast with that background).
 */
export const NEUTRAL_CHANNEL_BASE: Omit<ChannelDefinition, 'id' | 'name' | 'theme'> = {
  style: {
    palette: {
      background: ['#1f2937', '#111827'],
      primary: '#60a5fa',
      accent: '#fbbf24',
      text: '#ffffff',
      textShadow: '#000000',
    },
    fonts: DEFAULT_FONTS,
    animation: 'float',
    wordsPerMinute: 150,
    transition: 'crossfade',
    transitionSeconds: 0.5,
  },
  rules: DEFAULT_CONTENT_RULES,
};
