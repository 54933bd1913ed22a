import { describe, expect, it } from 'vitest';
import { TextScriptParser } from './text-script-parser.js';
import { expectIssues } from './test-support/expect-issues.js';

const parser = new TextScriptParser();
const parse = (content: string, extra: { path?: string } = {}) =>
  parser.parse({ content, name: 'script.txt', ...extra });

const VALID = `Channel: EARTH
Title: Grounding walk
Hook: Feeling scattered? Five minutes outside
  can bring you back.
Main points:
1. Walk slowly.
2) Name three things
   you can see.
- Notice the air.
* Breathe.
• Stand still.
CTA: Tell us what you noticed.
`;

describe('TextScriptParser', () => {
  it('reads keys, continuation lines and every list marker', () => {
    expect(parse(VALID)).toEqual({
      channel: 'earth',
      topic: 'Grounding walk',
      hook: 'Feeling scattered? Five minutes outside can bring you back.',
      mainPoints: [
        'Walk slowly.',
        'Name three things you can see.',
        'Notice the air.',
        'Breathe.',
        'Stand still.',
      ],
      callToAction: 'Tell us what you noticed.',
      source: { format: 'text', name: 'script.txt' },
    });
  });

  it('accepts key spellings case-insensitively, values on the next line, CRLF and blank lines between items', () => {
    const content = [
      'CHANNEL: air',
      'topic: Focus',
      'Hook:',
      'Lost focus? Reset it.',
      '',
      'Key Points:',
      '- One',
      '',
      '- Two',
      'Call-to-Action: Follow.',
      'Music: sounds/calm.mp3',
    ].join('\r\n');
    const script = parse(content, { path: '/scripts/focus.txt' });
    expect(script).toMatchObject({
      channel: 'air',
      topic: 'Focus',
      hook: 'Lost focus? Reset it.',
      mainPoints: ['One', 'Two'],
      callToAction: 'Follow.',
      media: { music: '/scripts/sounds/calm.mp3' },
      source: { format: 'text', path: '/scripts/focus.txt' },
    });
  });

  it('does not take URLs or times for keys', () => {
    const script = parse(
      'Channel: air\nTopic: T\nHook: Wake at\n5:30 and read\nhttps://example.com today\nPoints:\n- a\nCTA: go',
    );
    expect(script.hook).toBe('Wake at 5:30 and read https://example.com today');
  });

  it('reports an unknown key on its line with a suggestion', () => {
    const issues = expectIssues(() => parse('Channel: air\nTopic: T\nHok: Hi\nPoints:\n- a\nCTA: go\n'));
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'script.txt',
        field: 'hok',
        line: 3,
        message: expect.stringContaining('did you mean "hook"'),
      }),
      expect.objectContaining({ field: 'hook', line: 6, message: expect.stringContaining('missing') }),
    ]);
  });

  it('reports missing fields at the end of the file and empty ones at their line', () => {
    const issues = expectIssues(() => parse('Channel: air\nHook:\n\nMain points:\n'));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'hook', line: 2, message: 'is empty' }),
      expect.objectContaining({ field: 'topic', line: 4, message: expect.stringContaining('"Topic: …"') }),
      expect.objectContaining({ field: 'main points', line: 4, message: 'needs at least one main point' }),
      expect.objectContaining({ field: 'call to action', line: 4 }),
    ]);
  });

  it('reports duplicates, stray text, misplaced list items and points on the key line', () => {
    const content = [
      'Channel: air', // 1
      'Topic: T', // 2
      'Hook: Hi', // 3
      '- not a point', // 4
      '', // 5
      'stray words', // 6
      'Hook: again', // 7
      'Main points: one, two', // 8
      '- one', // 9
      '', // 10
      'not an item', // 11
      'CTA: go', // 12
    ].join('\n');
    const issues = expectIssues(() => parse(content));
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [4, 'hook'],
      [6, '(text)'],
      [7, 'hook'],
      [8, 'main points'],
      [11, '(text)'],
    ]);
    expect(issues[2]?.message).toContain('first on line 3');
    expect(issues[4]?.message).toContain('not a list item');
  });

  it('names the empty point by its number', () => {
    const issues = expectIssues(() => parse('Channel: a\nTopic: T\nHook: H\nPoints:\n1. a\n2.\nCTA: c'));
    expect(issues).toEqual([expect.objectContaining({ field: 'points[2]', line: 6, message: 'is empty' })]);
  });

  it('reports an empty file on line 1', () => {
    expect(expectIssues(() => parse('\n\n'))).toEqual([
      expect.objectContaining({ field: '(content)', line: 1, message: 'the script is empty' }),
    ]);
  });

  it('detects by the number of known keys', () => {
    const detect = (content: string) => parser.detect({ content, name: 'x' });
    expect(detect(VALID)).toBeGreaterThan(0.8);
    expect(detect('Hook: hi')).toBeGreaterThan(0);
    expect(detect('Hook: hi')).toBeLessThan(detect(VALID));
    expect(detect('{"hook": "x"}')).toBe(0);
    expect(detect('Dear diary: today')).toBe(0);
  });
});

describe('a script with a problem on every line', () => {
  it('reports the first hundred and stops reading, saying where', () => {
    const content = Array.from({ length: 3_000 }, (_, i) => `Hoook${i}: value`).join('\n');
    const issues = expectIssues(() => parse(content));
    expect(issues).toHaveLength(101);
    expect(issues[99]).toMatchObject({
      line: 100,
      message: expect.stringContaining('text outside any key'),
    });
    expect(issues[100]).toMatchObject({
      field: '(content)',
      line: 101,
      message: 'not read past line 100: fix the 100 problems above first',
    });
  });
});
