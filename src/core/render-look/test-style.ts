import type { ChannelPalette, ChannelStyle } from '../channel.js';

/** A plain channel style for layout and render-plan tests: Noto Sans, rise, crossfade, 160 wpm. */
export function plainTestStyle(palette: Partial<ChannelPalette> = {}): ChannelStyle {
  return {
    palette: {
      background: ['#000000', '#333333'],
      primary: '#ff0000',
      accent: '#ffcc00',
      text: '#ffffff',
      textShadow: '#000000',
      ...palette,
    },
    fonts: { heading: 'Noto Sans', body: 'Noto Sans' },
    animation: 'rise',
    wordsPerMinute: 160,
    transition: 'crossfade',
    transitionSeconds: 0.5,
  };
}
