import { errorThrownBy } from '#core/testing/error-thrown-by.js';
import { describe, expect, it } from 'vitest';
import { prepareParsedInput } from '../../src/main/application/script-intake.js';
import { ScriptValidationError, type ValidationIssue } from '#core/errors.js';
import { BUILTIN_CHANNELS, ChannelCatalog } from '../../src/main/infrastructure/channels/index.js';
import { createScriptReader } from '../../src/main/infrastructure/parsers/index.js';

/** Parse errors and the channel's limits reported together, so one edit fixes a script. */
const deps = { reader: createScriptReader(), channels: new ChannelCatalog(BUILTIN_CHANNELS) };
const longHook = `${'Really '.repeat(30)}long hook.`;

function issuesOf(content: string, name: string, channelOverride?: string): ValidationIssue[] {
  const error = errorThrownBy(ScriptValidationError, () =>
    prepareParsedInput({ content, name }, deps, channelOverride),
  );
  return [...error.issues];
}

describe('prepareParsedInput with a script that does not parse', () => {
  it('adds the channel limits that the readable parts break to the parse errors', () => {
    const issues = issuesOf(
      ['Channel: fire', 'Title: Too much', `Hook: ${longHook}`, 'Main points:', '- One'].join('\n'),
      'too-much.txt',
    );
    // In reading order, each on its line: the channel's complaint about line 3 comes first.
    expect(issues.map((i) => [i.field, i.line, i.message.split(';')[0]])).toEqual([
      ['hook', 3, `the hook is ${longHook.length} characters`],
      ['call to action', 5, 'missing'],
    ]);
    expect(issues.every((i) => i.file === 'too-much.txt')).toBe(true);
  });

  it('does not repeat what the parse already said about a part', () => {
    const json = JSON.stringify({
      channel: 'air',
      topic: 't',
      hook: 42,
      main_points: [],
      call_to_action: 'Go',
    });
    const issues = issuesOf(json, 'bad.json');
    expect(issues.map((i) => i.field)).toEqual(['hook', 'main_points']);
    expect(issues.some((i) => /channel air/.test(i.message))).toBe(false);
  });

  it('names an unknown channel alongside the parse errors', () => {
    const issues = issuesOf(
      ['Channel: wind', 'Title: t', 'Hook: h', 'Main points:', '- p'].join('\n'),
      'w.txt',
    );
    expect(issues.map((i) => [i.field, i.line])).toEqual([
      ['channel', 1],
      ['call to action', 5],
    ]);
    expect(issues[0]!.message).toMatch(/unknown channel "wind"/);
  });

  it('checks against the channel chosen for the render when there is one', () => {
    const issues = issuesOf(
      ['Channel: wind', 'Title: t', `Hook: ${longHook}`, 'Main points:', '- p'].join('\n'),
      'w.txt',
      'Water',
    );
    expect(issues.map((i) => i.field)).toEqual(['hook', 'call to action']);
    expect(issues[0]!.message).toMatch(/channel water allows at most 150/);
  });

  it('adds nothing when the channel itself could not be read', () => {
    const issues = issuesOf(
      ['Title: t', `Hook: ${longHook}`, 'Main points:', '- p', 'Call to action: go'].join('\n'),
      'c.txt',
    );
    expect(issues.map((i) => i.field)).toEqual(['channel']);
  });
});

// Issues found after parsing (the channel's limits) point at the line of their field in every
// format, as parse issues do, so the editor opens the script where the problem is.
describe('prepareParsedInput: lines of issues found after parsing', () => {
  it('names the line of an unknown channel in Markdown and text', () => {
    const markdown = [
      '# Title',
      '',
      'Channel: wind',
      '',
      '## Hook',
      '',
      'Hi.',
      '',
      '## Main points',
      '',
      '- One',
      '',
      '## Call to action',
      '',
      'Go.',
    ];
    expect(issuesOf(markdown.join('\n'), 'w.md')).toMatchObject([{ field: 'channel', line: 3 }]);
    const text = ['Topic: t', 'Channel: wind', 'Hook: h', 'Main points:', '1. p', 'Call to action: go'];
    expect(issuesOf(text.join('\n'), 'w.txt')).toMatchObject([{ field: 'channel', line: 2 }]);
  });

  it('names the line of each field in JSON, top level and list items alike', () => {
    const json = JSON.stringify(
      {
        channel: 'air',
        topic: 't',
        hook: longHook,
        main_points: ['fine', 'p'.repeat(300)],
        call_to_action: 'Go',
        music: 7,
      },
      null,
      2,
    );
    expect(issuesOf(json, 'j.json').map((i) => [i.field, i.line])).toEqual([
      ['hook', 4],
      ['main_points[2]', 7],
      ['music', 10],
    ]);
    const wind = JSON.stringify(
      { topic: 't', hook: 'h', main_points: ['p'], call_to_action: 'Go', channel: 'wind' },
      null,
      2,
    );
    expect(issuesOf(wind, 'w.json')).toMatchObject([{ field: 'channel', line: 8 }]);
  });
});
