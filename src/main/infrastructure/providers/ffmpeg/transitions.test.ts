import { describe, expect, it } from 'vitest';
import type { TransitionKind } from '#core/channel.js';
import { transitionMethodFor, XFADE_TRANSITION } from './transitions.js';

describe('transitions', () => {
  it('maps every channel transition to its xfade look', () => {
    const looks = Object.entries(XFADE_TRANSITION).map(([kind, xfade]) => `${kind}→${xfade ?? 'none'}`);
    expect(looks.join(' ')).toBe(
      'crossfade→fade slide-up→slideup slide-left→slideleft wipe→wipeleft zoom→zoomin cut→none',
    );
  });

  it('draws every kind with overlay by default', () => {
    expect(transitionMethodFor('crossfade')).toEqual({ type: 'fade' });
    expect(transitionMethodFor('slide-up')).toEqual({ type: 'slide', from: 'bottom' });
    expect(transitionMethodFor('slide-left')).toEqual({ type: 'slide', from: 'right' });
    expect(transitionMethodFor('wipe')).toEqual({ type: 'wipe' });
    expect(transitionMethodFor('zoom')).toEqual({ type: 'zoom' });
    expect(transitionMethodFor('cut')).toEqual({ type: 'cut' });
  });

  it('uses xfade for everything but cut when asked', () => {
    const kinds: TransitionKind[] = ['crossfade', 'slide-up', 'slide-left', 'wipe', 'zoom'];
    for (const kind of kinds) {
      expect(transitionMethodFor(kind, 'xfade')).toEqual({ type: 'xfade', name: XFADE_TRANSITION[kind] });
    }
    expect(transitionMethodFor('cut', 'xfade')).toEqual({ type: 'cut' });
  });
});
