import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { outputBaseName } from './output-naming.js';

describe('outputBaseName', () => {
  it('makes a readable slug with the short job id', () => {
    expect(outputBaseName('Morning Clarity: 3 Breaths!', '1234abcd-ef')).toBe(
      'morning-clarity-3-breaths-1234abcd',
    );
    expect(outputBaseName('Café déjà vu', 'abcdef123456')).toBe('cafe-deja-vu-abcdef12');
  });

  it('carries the variant name between the topic and the short id', () => {
    expect(outputBaseName('Morning Clarity', '1234abcd-ef', 'Question-Hook')).toBe(
      'morning-clarity-question-hook-1234abcd',
    );
    expect(outputBaseName('静かな朝', 'ffff0000', 'b')).toBe('video-b-ffff0000');
  });

  it('falls back to "video" for topics without Latin letters', () => {
    expect(outputBaseName('静かな朝 🌅', 'ffff0000')).toBe('video-ffff0000');
  });

  it('never yields path separators, dots or leading dashes, whatever the topic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uuid(), (topic, id) => {
        const name = outputBaseName(topic, id);
        expect(name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(name.length).toBeLessThanOrEqual(48 + 9);
      }),
    );
  });
});
