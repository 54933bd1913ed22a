import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonScriptParser } from './json-script-parser.js';
import { expectIssues } from './test-support/expect-issues.js';

const parser = new JsonScriptParser();

const valid = {
  channel: 'Air',
  topic: 'Morning clarity',
  hook: 'Your first   ten minutes\n decide the day.',
  main_points: ['Drink water first.', 'Write one task.'],
  call_to_action: 'Follow for more.',
};

function parse(value: unknown, extra: { path?: string } = {}) {
  const content = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return parser.parse({ content, name: 'script.json', ...extra });
}

describe('JsonScriptParser', () => {
  it('parses a snake_case script, normalising whitespace and lower-casing the channel', () => {
    const script = parse(valid);
    expect(script).toEqual({
      channel: 'air',
      topic: 'Morning clarity',
      hook: 'Your first ten minutes decide the day.',
      mainPoints: ['Drink water first.', 'Write one task.'],
      callToAction: 'Follow for more.',
      source: { format: 'json', name: 'script.json' },
    });
  });

  it('accepts camelCase keys and ignores unknown ones', () => {
    const { main_points, call_to_action, ...rest } = valid;
    const script = parse({ ...rest, mainPoints: main_points, callToAction: call_to_action, author: 'Sam' });
    expect(script.mainPoints).toEqual(['Drink water first.', 'Write one task.']);
    expect(script.callToAction).toBe('Follow for more.');
  });

  it('reports every problem at once, in the script’s own spelling', () => {
    const issues = expectIssues(() =>
      parse({ channel: 'air', topic: '  ', hook: 42, main_points: ['ok', '', 7], mainPoints: [] }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'script.json', field: 'topic', message: 'is empty' }),
        expect.objectContaining({ field: 'hook', message: 'expected a string, got a number' }),
        expect.objectContaining({ field: 'main_points[3]', message: 'expected a string, got a number' }),
        expect.objectContaining({ field: 'main_points[2]', message: 'is empty' }),
        expect.objectContaining({ field: 'main_points', message: expect.stringContaining('given twice') }),
        expect.objectContaining({ field: 'call_to_action', message: expect.stringContaining('missing') }),
      ]),
    );
    // A wrongly typed hook is not also reported as missing.
    expect(issues.filter((issue) => issue.field === 'hook')).toHaveLength(1);
  });

  it('names unrecognised keys when a required one is missing, to catch typos', () => {
    const { hook: _hook, ...rest } = valid;
    const issues = expectIssues(() => parse({ ...rest, hok: 'Hi' }));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'hook', message: expect.stringContaining('"hok"') }),
    ]);
  });

  it('asks for at least one main point', () => {
    const issues = expectIssues(() => parse({ ...valid, main_points: [] }));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'main_points', message: 'needs at least one main point' }),
    ]);
  });

  it('says what it expected when main_points is not a list, without calling it missing', () => {
    const issues = expectIssues(() => parse({ ...valid, main_points: 'one point' }));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'main_points', message: 'expected a list of strings, got a string' }),
    ]);
  });

  it('rejects control characters in text', () => {
    const issues = expectIssues(() => parse({ ...valid, hook: 'Bell\u0007' }));
    expect(issues[0]).toMatchObject({ field: 'hook', message: expect.stringContaining('U+0007') });
  });

  it('rejects a top-level value that is not an object', () => {
    for (const content of ['[1, 2]', '"text"', '42', 'null']) {
      const issues = expectIssues(() => parse(content));
      expect(issues[0]).toMatchObject({
        field: '(root)',
        message: expect.stringContaining('expected an object'),
      });
    }
  });

  it('reports syntax errors with their line and column', () => {
    const content = '{\n  "channel": "air",\n  "hook": "Hi"\n  "topic": "x"\n}';
    const issues = expectIssues(() => parse(content));
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'script.json',
        field: '(syntax)',
        line: 4,
        message: expect.stringMatching(/column 3: expected "," or "}"/),
      }),
    ]);
  });

  it('reports truncated JSON and deep nesting as syntax errors, not crashes', () => {
    expect(expectIssues(() => parse('{"channel": "air", "hook": "Hi'))[0]).toMatchObject({
      field: '(syntax)',
      line: 1,
    });
    // Deep, yet within a script's longest line (10 000 characters).
    expect(expectIssues(() => parse('['.repeat(9_000)))[0]).toMatchObject({ field: '(syntax)' });
    const deepObject = '{"a":\n'.repeat(4_000) + '1' + '}'.repeat(4_000);
    expect(expectIssues(() => parse(deepObject))[0]).toMatchObject({ field: 'channel' });
    const deepHook = `{"hook": ${'['.repeat(4_000)}${']'.repeat(4_000)}}`;
    expect(expectIssues(() => parse(deepHook))).toContainEqual(
      expect.objectContaining({ field: 'hook', message: 'expected a string, got a list' }),
    );
  });

  it('refuses a line longer than a script line can be before parsing it at all', () => {
    expect(expectIssues(() => parse('['.repeat(100_000)))[0]).toMatchObject({
      field: '(content)',
      line: 1,
      message: expect.stringMatching(/^line 1 is 100000 characters long; a script line holds at most 10000/),
    });
  });

  it('refuses a list longer than any script in one issue, not one per item', () => {
    const points = Array.from({ length: 5_000 }, () => 7);
    const issues = expectIssues(() =>
      parse(JSON.stringify({ channel: 'air', main_points: points }, null, 0).replace(/,7/g, ',\n7')),
    );
    expect(issues.filter((issue) => issue.field === 'main_points')).toEqual([
      expect.objectContaining({ message: "5000 items; a script's list holds at most 1000" }),
    ]);
    expect(issues.length).toBeLessThan(10);
  });

  it('names a syntax error in JSON far bigger than a script without scanning it token by token', () => {
    const dense = `[${'1,'.repeat(98).concat('\n').repeat(300)}x`;
    expect(expectIssues(() => parse(dense))).toEqual([
      expect.objectContaining({
        field: '(syntax)',
        message: expect.stringMatching(
          /^not valid JSON: Unexpected token 'x' \(and with far more values than a script has\)$/,
        ),
      }),
    ]);
    const positioned = `[${'1,'.repeat(98).concat('\n').repeat(300)}"abc`;
    expect(expectIssues(() => parse(positioned))[0]).toMatchObject({ field: '(syntax)', line: 301 });
  });

  it('reports an empty file', () => {
    expect(expectIssues(() => parse('  \n'))[0]).toMatchObject({
      field: '(content)',
      message: 'the script is empty',
    });
  });

  describe('media', () => {
    const withMedia = {
      ...valid,
      music: 'audio/calm.mp3',
      voice_overs: { hook: 'vo/hook.mp3', main_points: ['vo/1.mp3', null], call_to_action: '/abs/cta.mp3' },
    };

    it('resolves relative paths against the script’s folder', () => {
      const script = parse(withMedia, { path: '/home/sam/scripts/air.json' });
      expect(script.media).toEqual({
        music: '/home/sam/scripts/audio/calm.mp3',
        voiceOvers: {
          hook: '/home/sam/scripts/vo/hook.mp3',
          mainPoints: ['/home/sam/scripts/vo/1.mp3', undefined],
          callToAction: '/abs/cta.mp3',
        },
      });
      expect(script.source.path).toBe('/home/sam/scripts/air.json');
    });

    it('resolves against the working directory without a path', () => {
      expect(parse(withMedia).media?.music).toBe(path.resolve(process.cwd(), 'audio/calm.mp3'));
    });

    it('accepts camelCase voiceOvers and leaves media out when there is none', () => {
      const script = parse(
        { ...valid, voiceOvers: { callToAction: 'c.mp3', hook: null } },
        { path: '/s/a.json' },
      );
      expect(script.media).toEqual({ voiceOvers: { callToAction: '/s/c.mp3' } });
      expect(parse(valid).media).toBeUndefined();
    });

    it('reports bad media values by field', () => {
      const issues = expectIssues(() =>
        parse({
          ...valid,
          music: '',
          voice_overs: { hok: 'a.mp3', main_points: ['a.mp3', 'b.mp3', 'c.mp3'], call_to_action: 5 },
        }),
      );
      expect(issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'music', message: expect.stringContaining('is empty') }),
          expect.objectContaining({
            field: 'voice_overs.hok',
            message: expect.stringContaining('unknown key'),
          }),
          expect.objectContaining({
            field: 'voice_overs.call_to_action',
            message: expect.stringContaining('a string or null'),
          }),
          expect.objectContaining({
            field: 'voice_overs.main_points',
            message: 'has 3 entries but the script has 2 main points',
          }),
        ]),
      );
    });

    it('rejects voice_overs that is not an object', () => {
      const issues = expectIssues(() => parse({ ...valid, voice_overs: ['a.mp3'] }));
      expect(issues[0]).toMatchObject({
        field: 'voice_overs',
        message: expect.stringContaining('got a list'),
      });
    });
  });

  describe('detect', () => {
    const detect = (content: string) => parser.detect({ content, name: 'x' });
    it('is sure about an object with script keys, fairly sure about any object, unsure about lists', () => {
      expect(detect('\n  {"hook": "x"}')).toBe(1);
      expect(detect('{"other": 1}')).toBeGreaterThanOrEqual(0.8);
      expect(detect('[1]')).toBeGreaterThan(0);
      expect(detect('[1]')).toBeLessThan(detect('{"other": 1}'));
      expect(detect('Hook: hi')).toBe(0);
      expect(detect('')).toBe(0);
    });
  });
});
