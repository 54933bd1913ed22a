import type { VideoScript } from './script.js';

/** A script that every built-in channel accepts. */
export function validScript(overrides: Partial<VideoScript> = {}): VideoScript {
  return {
    channel: 'air',
    topic: 'Clear mind',
    hook: 'Your thoughts are clouds, not the sky.',
    mainPoints: ['Notice one thought.', 'Name it without judging.', 'Let it drift past.'],
    callToAction: 'Follow for a calmer mind.',
    source: { format: 'json', name: 'clear-mind.json' },
    ...overrides,
  };
}

export function words(count: number): string {
  return Array.from({ length: count }, (_, i) => `w${i % 10}`).join(' ');
}
