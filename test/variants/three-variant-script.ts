/** A fire script with three hook variants, one of which also changes a main point (shared by the variants and analytics CLI tests). */
export const THREE_VARIANT_SCRIPT = {
  channel: 'fire',
  topic: 'Start now',
  hook: 'Stop waiting for the right mood.',
  main_points: ['Pick one small task.', 'Set a timer for five minutes.'],
  call_to_action: 'Follow for a push every day.',
  variants: [
    { name: 'control' },
    { name: 'question-hook', hook: 'Still waiting to feel ready?' },
    {
      name: 'number-hook',
      hook: '5 minutes beats 0 minutes.',
      main_points: [null, 'Two minutes, then stop.'],
    },
  ],
};
