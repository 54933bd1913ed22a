import { errorThrownBy } from '#core/testing/error-thrown-by.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import { ScriptValidationError } from '#core/errors.js';
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

describe('templateKeyLines', () => {
  it('finds JSON and text spellings of the key, not the word in text', () => {
    expect(templateKeyLines('{\n "template": "a",\n "hook": "a template: no"\n}\nTemplate: b')).toEqual([
      2, 5,
    ]);
  });
});
