import type { VideoScript } from './script.js';
import { sampleScript } from './sample-script.js';

/** A script that every built-in channel accepts. */
export function validScript(overrides: Partial<VideoScript> = {}): VideoScript {
  return { ...sampleScript('clear-mind.json'), ...overrides };
}

export function words(count: number): string {
  return Array.from({ length: count }, (_, i) => `w${i % 10}`).join(' ');
}
