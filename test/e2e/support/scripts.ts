// Short scripts (two main points) so the FFmpeg draft render takes seconds: one per format, the
// markdown one broken in several ways so the library has problems to list.
import type { DroppedFile } from './drop-files.js';

export const FOCUS_SCRIPT = {
  name: 'focus-reset.json',
  topic: 'Two-step focus reset',
  type: 'application/json',
  content: JSON.stringify(
    {
      channel: 'air',
      topic: 'Two-step focus reset',
      hook: 'Lost your focus? Get it back in ten seconds.',
      main_points: ['Close every tab you do not need.', 'Breathe out slowly, twice.'],
      call_to_action: 'Follow for more quick resets.',
    },
    null,
    2,
  ),
} as const satisfies DroppedFile & { topic: string };

export const EVENING_SCRIPT = {
  name: 'calm-evening.txt',
  topic: 'A calm evening in two moves',
  type: 'text/plain',
  content: [
    'Channel: water',
    'Topic: A calm evening in two moves',
    '',
    'Hook: Wind down before bed without a screen.',
    '',
    'Main points:',
    '1. Dim the lights an hour before sleep.',
    "2. Write tomorrow's first task on paper.",
    '',
    'CTA: Save this for tonight.',
    '',
  ].join('\n'),
} as const satisfies DroppedFile & { topic: string };

/** An empty hook (line 5) and no call to action (reported at the end, line 9). */
export const BROKEN_SCRIPT = {
  name: 'broken-idea.md',
  type: 'text/markdown',
  content: [
    '# Half-finished idea',
    '',
    '**Channel:** fire',
    '',
    '## Hook',
    '',
    '## Main points',
    '',
    '1. Something about volcanoes.',
    '',
  ].join('\n'),
  expectedIssues: [
    { where: 'broken-idea.md:5', field: 'hook' },
    { where: 'broken-idea.md:9', field: 'call to action' },
  ],
} as const satisfies DroppedFile & { expectedIssues: readonly { where: string; field: string }[] };
