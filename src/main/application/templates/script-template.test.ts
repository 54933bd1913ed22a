import { errorThrownBy } from '#core/testing/error-thrown-by.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { ConfigError, ScriptValidationError } from '#core/errors.js';
import type { VideoScript } from '#core/script.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { templatedChannels, templateKeyLines } from './script-template.js';

const templates = {
  find: (id: string) => BUILTIN_TEMPLATES.find((t) => t.id === id),
  knownIds: () => BUILTIN_TEMPLATES.map((t) => t.id),
};
const channel = BUILTIN_CHANNELS.air;
const base: VideoScript = {
  channel: 'air',
  topic: 't',
  hook: 'h',
  mainPoints: ['p'],
  callToAction: 'c',
  source: { format: 'json', name: 'a.json' },
};
const content = (lines: string[]) => ({ content: lines.join('\n'), name: 'a.json' });

function issues(run: () => unknown): { field: string; line?: number; message: string }[] {
  return [...errorThrownBy(ScriptValidationError, run).issues];
}

describe('templatedChannels', () => {
  it("applies the script's template to the channel", () => {
    const { channel: templated } = templatedChannels(
      { ...base, template: 'fire' },
      channel,
      content(['{', '"template": "fire"', '}']),
      templates,
      undefined,
    );
    expect(templated.style.palette.background).toEqual(BUILTIN_CHANNELS.fire.style.palette.background);
    expect(templated.style.wordsPerMinute).toBe(channel.style.wordsPerMinute);
  });

  it('lets --template win over the script and its variants', () => {
    const script = { ...base, template: 'nope', variants: [{ name: 'v', template: 'also-nope' }] };
    const result = templatedChannels(script, channel, content([]), templates, 'water');
    expect(result.channel.style.templateId).toBe('water');
    expect(result.byVariantTemplate.size).toBe(0);
  });

  it('names field and line of every unknown template, the script and its variants', () => {
    const script = {
      ...base,
      template: 'lava',
      variants: [{ name: 'a' }, { name: 'b', template: 'magma' }],
    };
    const input = content([
      '{',
      '  "template": "lava",',
      '  "variants": [{"name": "a"},',
      '    {"name": "b", "template": "magma"}]',
      '}',
    ]);
    expect(issues(() => templatedChannels(script, channel, input, templates, undefined))).toEqual([
      {
        file: 'a.json',
        field: 'template',
        line: 2,
        message: 'unknown template "lava"; known templates: air, water, earth, fire',
      },
      {
        file: 'a.json',
        field: 'variants[2].template',
        line: 4,
        message: 'unknown template "magma"; known templates: air, water, earth, fire',
      },
    ]);
  });

  it('marks the problem as the render option when the override is unknown', () => {
    const [issue] = issues(() => templatedChannels(base, channel, content([]), templates, 'lava'));
    expect(issue).toMatchObject({ field: 'template', option: 'template' });
    expect(issue!.line).toBeUndefined();
  });
});

describe("the channel's default template", () => {
  const withDefault = { ...channel, defaultTemplate: 'fire' };
  const templateOf = (result: { channel: { style: { templateId?: string } } }) =>
    result.channel.style.templateId;

  it('applies when neither the script nor the render names one, to variants without their own', () => {
    const script = { ...base, variants: [{ name: 'a' }, { name: 'b', template: 'water' }] };
    const result = templatedChannels(script, withDefault, content([]), templates, undefined);
    expect(templateOf(result)).toBe('fire');
    expect(result.channel.style.palette.background).toEqual(BUILTIN_CHANNELS.fire.style.palette.background);
    // The channel keeps its pace and rules under the template.
    expect(result.channel.style.wordsPerMinute).toBe(channel.style.wordsPerMinute);
    expect(result.byVariantTemplate.get('water')!.style.templateId).toBe('water');
  });

  it("gives way to the script's template and to --template", () => {
    const named = { ...base, template: 'earth' };
    expect(templateOf(templatedChannels(named, withDefault, content([]), templates, undefined))).toBe(
      'earth',
    );
    expect(templateOf(templatedChannels(named, withDefault, content([]), templates, 'water'))).toBe('water');
  });

  it('is a config error naming the setting when no template has its id', () => {
    const unknown = { ...channel, id: 'brand', defaultTemplate: 'my-blue' };
    const error = errorThrownBy(ConfigError, () =>
      templatedChannels(base, unknown, content([]), templates, undefined),
    );
    expect(error.key).toBe('channels.brand.template');
    expect(error.message).toBe(
      'config channels.brand.template: unknown template "my-blue"; known templates: air, water, earth, fire',
    );
    // Not looked up when the script chooses its own template.
    expect(() =>
      templatedChannels({ ...base, template: 'air' }, unknown, content([]), templates, undefined),
    ).not.toThrow();
  });

  it('leaves a channel without one its own look', () => {
    expect(templatedChannels(base, channel, content([]), templates, undefined).channel).toBe(channel);
  });
});

describe('templateKeyLines', () => {
  it('finds JSON and text spellings of the key, not the word in text', () => {
    expect(templateKeyLines('{\n "template": "a",\n "hook": "a template: no"\n}\nTemplate: b')).toEqual([
      2, 5,
    ]);
  });
});
