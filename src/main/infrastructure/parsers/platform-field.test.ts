import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { errorThrownBy } from '#core/testing/error-thrown-by.js';
import { JsonScriptParser } from './json-script-parser.js';
import { markdown, text } from './test-support/one-line-field-scripts.js';

// The optional "platform" field, written like "music" in each format.

const json = (platform: unknown) =>
  new JsonScriptParser().parse({
    name: 'tip.json',
    content: JSON.stringify(
      {
        channel: 'air',
        topic: 'Focus',
        hook: 'One thing at a time.',
        main_points: ['Close the other tabs.'],
        call_to_action: 'Follow for more.',
        platform,
      },
      null,
      2,
    ),
  });

const issuesOf = (read: () => unknown) => errorThrownBy(ScriptValidationError, read).issues;

describe('the platform field', () => {
  it('is read from JSON, text and Markdown, in any case', () => {
    expect(json('tiktok').platform).toBe('tiktok');
    expect(text('Platform: Reels').platform).toBe('reels');
    expect(markdown('**Platform:** shorts').platform).toBe('shorts');
    expect(markdown('Platform: generic').platform).toBe('generic');
  });

  it('is optional', () => {
    expect(json(undefined)).not.toHaveProperty('platform');
    expect(text('')).not.toHaveProperty('platform');
  });

  it('names the file, the field and the line of an unknown platform, with the choices', () => {
    expect(issuesOf(() => json('vine'))).toEqual([
      {
        file: 'tip.json',
        field: 'platform',
        line: 9,
        message: 'unknown platform "vine"; use tiktok, reels, shorts or generic',
      },
    ]);
    expect(issuesOf(() => text('Platform: snapchat'))).toEqual([
      {
        file: 'tip.txt',
        field: 'platform',
        line: 3,
        message: 'unknown platform "snapchat"; use tiktok, reels, shorts or generic',
      },
    ]);
    expect(issuesOf(() => markdown('**Platform:** myspace'))).toEqual([
      {
        file: 'tip.md',
        field: 'platform',
        line: 4,
        message: 'unknown platform "myspace"; use tiktok, reels, shorts or generic',
      },
    ]);
  });

  it('refuses a JSON platform that is not a string, and an empty one', () => {
    expect(issuesOf(() => json(3))).toEqual([
      expect.objectContaining({
        file: 'tip.json',
        field: 'platform',
        message: 'expected a string, got a number',
      }),
    ]);
    expect(issuesOf(() => text('Platform:'))).toEqual([
      expect.objectContaining({ field: 'platform', line: 3, message: expect.stringContaining('is empty') }),
    ]);
  });
});
