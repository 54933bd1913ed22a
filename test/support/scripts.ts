import type { ScriptInput } from '../../src/main/application/script-intake.js';

/** A valid JSON script for the given channel, as text input. */
export function scriptText(channel = 'air', topic = 'Test topic', points = 3): ScriptInput {
  return {
    kind: 'text',
    name: `${topic}.json`,
    content: JSON.stringify({
      channel,
      topic,
      hook: 'Stop scrolling for one calm breath.',
      main_points: Array.from({ length: points }, (_, i) => `Point number ${i + 1} keeps it simple.`),
      call_to_action: 'Follow for a daily reset.',
    }),
  };
}
