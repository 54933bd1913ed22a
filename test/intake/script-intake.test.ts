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
    expect(issues.map((i) => [i.field, i.message.split(';')[0]])).toEqual([
      ['call to action', 'missing'],
      ['hook', `the hook is ${longHook.length} characters`],
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
    expect(issues.map((i) => i.field)).toEqual(['call to action', 'channel']);
    expect(issues[1]!.message).toMatch(/unknown channel "wind"/);
  });

  it('checks against the channel chosen for the render when there is one', () => {
    const issues = issuesOf(
      ['Channel: wind', 'Title: t', `Hook: ${longHook}`, 'Main points:', '- p'].join('\n'),
      'w.txt',
      'Water',
    );
    expect(issues.map((i) => i.field)).toEqual(['call to action', 'hook']);
    expect(issues[1]!.message).toMatch(/channel water allows at most 150/);
  });

  it('adds nothing when the channel itself could not be read', () => {
    const issues = issuesOf(
      ['Title: t', `Hook: ${longHook}`, 'Main points:', '- p', 'Call to action: go'].join('\n'),
      'c.txt',
    );
    expect(issues.map((i) => i.field)).toEqual(['channel']);
  });
});
