import type { ChannelDefinition } from '../channel.js';
import { NEUTRAL_CHANNEL_BASE } from '../channels/builtin-channels.js';
import type { VideoScript } from '../script.js';
import { scriptFromScenes } from '../script-from-scenes.js';

/** A channel for timeline tests: the neutral base for custom channels, in plain colours. */
export const TEST_CHANNEL: ChannelDefinition = {
  ...NEUTRAL_CHANNEL_BASE,
  id: 'test',
  name: 'Test',
  theme: 'testing',
  style: {
    ...NEUTRAL_CHANNEL_BASE.style,
    palette: {
      background: ['#000000', '#111111'],
      primary: '#ffffff',
      accent: '#ff0000',
      text: '#ffffff',
      textShadow: '#000000',
    },
  },
};

export function channelWith(
  style: Partial<ChannelDefinition['style']> = {},
  rules: Partial<ChannelDefinition['rules']> = {},
): ChannelDefinition {
  return {
    ...TEST_CHANNEL,
    style: { ...TEST_CHANNEL.style, ...style },
    rules: { ...TEST_CHANNEL.rules, ...rules },
  };
}

export function scriptWith(overrides: Partial<VideoScript> = {}): VideoScript {
  const scenes = [
    'Your mind is a sky.',
    'Breathe in for four counts.',
    'Hold for four.',
    'Breathe out slowly for six counts.',
    'Follow for more calm.',
  ] as const;
  return {
    ...scriptFromScenes({ channel: 'test', topic: 'Morning focus', name: 'focus.json' }, scenes),
    ...overrides,
  };
}

/** `count` words of filler text. */
export function words(count: number): string {
  return Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
}
