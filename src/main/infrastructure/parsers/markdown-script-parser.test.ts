import { describe, expect, it } from 'vitest';
import { MarkdownScriptParser } from './markdown-script-parser.js';
import { expectIssues } from './test-support/expect-issues.js';

const parser = new MarkdownScriptParser();
const parse = (content: string, extra: { path?: string } = {}) =>
  parser.parse({ content, name: 'script.md', ...extra });

const VALID = `# Box **breathing**

**Channel:** Water

## Hook

> When your thoughts race,
> your *breath* is the way back.

## Main points

1. Breathe in for \`four\`.
2. Hold for four,
   shoulders soft.
- Out for four, [like a sigh](https://example.com).

## CTA ##

Save this.
`;

describe('MarkdownScriptParser', () => {
  it('reads title, bold channel, sections and list items, dropping inline markup', () => {
    expect(parse(VALID)).toEqual({
      channel: 'water',
      topic: 'Box breathing',
      hook: 'When your thoughts race, your breath is the way back.',
      mainPoints: ['Breathe in for four.', 'Hold for four, shoulders soft.', 'Out for four, like a sigh.'],
      callToAction: 'Save this.',
      source: { format: 'markdown', name: 'script.md' },
    });
  });

  it('accepts plain and front-matter metadata, heading variants and a music path', () => {
    const content = [
      '---',
      'channel: fire',
      '---',
      '# Start now',
      '**Music**: `tracks/drive_01.mp3`',
      '### hook:',
      'Go.',
      '## Key Points',
      '* One',
      '## Call to Action',
      'Follow.',
    ].join('\n');
    expect(parse(content, { path: '/s/start.md' })).toMatchObject({
      channel: 'fire',
      topic: 'Start now',
      hook: 'Go.',
      mainPoints: ['One'],
      callToAction: 'Follow.',
      media: { music: '/s/tracks/drive_01.mp3' },
    });
  });

  it('keeps unknown bold labels inside a section as text', () => {
    const script = parse(VALID.replace('> your *breath* is the way back.', '**Note:** breathe.'));
    expect(script.hook).toBe('When your thoughts race, Note: breathe.');
  });

  it('keeps backslash-escaped markup literally', () => {
    const script = parse(VALID.replace('Save this.', '\\- Save \\*this\\* \\[now\\]'));
    expect(script.callToAction).toBe('- Save *this* [now]');
  });

  it('reports unknown sections with a suggestion and skips their content', () => {
    const content = '# T\n**Channel:** air\n## Hok\nHi\n- x\n## Points\n- a\n## CTA\ngo\n';
    const issues = expectIssues(() => parse(content));
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'script.md',
        field: 'hok',
        line: 3,
        message: expect.stringContaining('did you mean "hook"'),
      }),
      expect.objectContaining({ field: 'hook', line: 9, message: 'missing; add a "## Hook" section' }),
    ]);
  });

  it('reports stray text, lists outside main points, duplicates and unknown metadata by line', () => {
    const content = [
      '# T', // 1
      'Intro words', // 2
      'Chanel: air', // 3
      '## Hook', // 4
      'Hi', // 5
      '- list', // 6
      '## Main points', // 7
      'not an item', // 8
      '- a', // 9
      '', // 10
      'after a blank', // 11
      '# Second title', // 12
      '## CTA', // 13
      'go', // 14
    ].join('\n');
    const issues = expectIssues(() => parse(content));
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [2, '(text)'],
      [3, 'chanel'],
      [6, 'hook'],
      [8, 'main points'],
      [11, 'main points'],
      [12, 'title'],
      [14, 'channel'],
    ]);
    expect(issues[1]?.message).toContain('did you mean "channel"');
    expect(issues[5]?.message).toContain('first on line 1');
  });

  it('reports an empty section at its heading', () => {
    const issues = expectIssues(() => parse('# T\n**Channel:** air\n## Hook\n\n## Points\n- a\n## CTA\ngo'));
    expect(issues).toEqual([expect.objectContaining({ field: 'hook', line: 3, message: 'is empty' })]);
  });

  it('does not take hashtags for headings', () => {
    const script = parse(VALID.replace('Save this.', '#breathe #calm'));
    expect(script.callToAction).toBe('#breathe #calm');
  });

  it('detects by headings and bold keys', () => {
    const detect = (content: string) => parser.detect({ content, name: 'x' });
    expect(detect(VALID)).toBeGreaterThan(0.9);
    expect(detect('# Title\n**Channel:** air')).toBeGreaterThan(0.8);
    expect(detect('# Title only')).toBe(0.5);
    expect(detect('## Notes')).toBeGreaterThan(0);
    expect(detect('Hook: hi\nChannel: air')).toBe(0);
    expect(detect('{"hook": "x"}')).toBe(0);
  });
});
