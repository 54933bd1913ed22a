import { describe, expect, it } from 'vitest';
import { makeTimeline } from '../../../../../test/ffmpeg/fixtures.js';
import { buildPrompt, colourName, MAX_PROMPT_LENGTH } from './prompt.js';

const timeline = makeTimeline({
  channel: 'water',
  hook: 'Breathe in {mood}',
  points: ['x'.repeat(3000)],
  cta: 'Go',
  sceneSeconds: 3,
});

describe('buildPrompt', () => {
  it('fills the template with the scene text, mood and palette words', () => {
    const prompt = buildPrompt({
      scene: timeline.scenes[0]!,
      timeline,
      template: '{text} | {mood} | {palette} | {role}',
    });
    // Script text is inserted once: a "{mood}" inside it stays literal.
    expect(prompt).toMatch(/^Breathe in \{mood\} \| flowing, serene, fluid \| .*navy.* \| hook$/);
  });

  it('uses the channel mood when given, and stays within 1000 characters', () => {
    const prompt = buildPrompt({
      scene: timeline.scenes[1]!,
      timeline,
      template: '{mood}: {text}',
      mood: 'stormy',
    });
    expect(prompt.startsWith('stormy: xxx')).toBe(true);
    expect(prompt.length).toBeLessThanOrEqual(MAX_PROMPT_LENGTH);
  });

  it('names colours', () => {
    expect(colourName('#ffffff')).toBe('white');
    expect(colourName('#d00000')).toBe('red');
    expect(colourName('not a colour')).toBe('not a colour');
  });
});
