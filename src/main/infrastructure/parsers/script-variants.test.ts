import { describe, expect, it } from 'vitest';
import type { ScriptVariant } from '#core/variants/script-variant.js';
import { parseScript } from './parse-script.js';
import { expectIssues } from './test-support/expect-issues.js';

// The same three variants in each format: a control, a hook test and a rewrite of point 2 + CTA.
const EXPECTED: ScriptVariant[] = [
  { name: 'control' },
  { name: 'question-hook', hook: 'Ever felt foggy by ten?', template: 'bold-night' },
  {
    name: 'number-hook',
    hook: '3 habits for a clear head',
    mainPoints: [undefined, 'Write the one task on paper.'],
    callToAction: 'Follow for more clear mornings.',
    music: '/scripts/music/upbeat.mp3',
  },
];

const JSON_SCRIPT = JSON.stringify({
  channel: 'air',
  topic: 'A clear head',
  hook: 'Your first ten minutes decide the day.',
  main_points: ['Leave your phone in another room.', 'Write down the one task.'],
  call_to_action: 'Follow for calm mornings.',
  variants: [
    { name: 'control' },
    { name: 'question-hook', hook: 'Ever felt foggy by ten?', template: 'bold-night' },
    {
      name: 'number-hook',
      hook: '3 habits for a clear head',
      main_points: [null, 'Write the one task on paper.'],
      cta: 'Follow for more clear mornings.',
      music: 'music/upbeat.mp3',
    },
  ],
});

const TEXT_SCRIPT = `Channel: air
Topic: A clear head
Hook: Your first ten minutes decide the day.
Main points:
- Leave your phone in another room.
- Write down the one task.
Call to action: Follow for calm mornings.

Variant: control

Variant: question-hook
Hook: Ever felt foggy
  by ten?
Template: bold-night

Variant: number-hook
Hook: 3 habits for a clear head
Point 2: Write the one task on paper.
CTA: Follow for more clear mornings.
Music: music/upbeat.mp3
`;

const MARKDOWN_SCRIPT = `# A clear head

**Channel:** air

## Hook
Your first ten minutes decide the day.

## Main points
- Leave your phone in another room.
- Write down the one task.

## Call to action
Follow for calm mornings.

## Variant: control

## Variant: question-hook
**Hook:** Ever felt *foggy*
by ten?
**Template:** bold-night

## Variant: number-hook
**Hook:** 3 habits for a clear head
**Point 2:** Write the one task on paper.
**CTA:** Follow for more clear mornings.
**Music:** \`music/upbeat.mp3\`
`;

const parse = (content: string, name: string) => parseScript({ content, name, path: `/scripts/${name}` });

describe('script variants', () => {
  it.each([
    ['JSON', JSON_SCRIPT, 'clear.json'],
    ['text', TEXT_SCRIPT, 'clear.txt'],
    ['Markdown', MARKDOWN_SCRIPT, 'clear.md'],
  ])('reads every variant of a %s script', (_format, content, name) => {
    const script = parse(content, name);
    expect(script.variants).toEqual(EXPECTED);
    expect(script.hook).toBe('Your first ten minutes decide the day.');
  });

  it('a Markdown list under "Main points:" in a variant rewrites points in order', () => {
    const script = parse(
      `${MARKDOWN_SCRIPT.split('## Variant')[0]}## Variant: list\n**Main points:**\n- One.\n- Two.\n`,
      'list.md',
    );
    expect(script.variants).toEqual([{ name: 'list', mainPoints: ['One.', 'Two.'] }]);
  });

  it('names every variant problem in JSON with its field', () => {
    const broken = JSON.parse(JSON_SCRIPT) as Record<string, unknown>;
    broken['variants'] = [
      { name: 'ok', hook: 'Fine.' },
      { name: 'ok', hook: '   ' },
      { hook: 'No name', hok: 'typo' },
      { name: 'Question hook', main_points: ['a', 'b', 'c'], template: '' },
      'not an object',
      { name: 'points-as-text', main_points: 'one' },
    ];
    const issues = expectIssues(() => parse(JSON.stringify(broken), 'bad.json'));
    expect(issues.map((i) => [i.field, i.message])).toEqual([
      ['variants[3].hok', expect.stringContaining('unknown key')],
      ['variants[5]', expect.stringContaining('expected an object')],
      [
        'variants[6].main_points',
        "expected a list of main points (null keeps the script's point), got a string",
      ],
      ['variants[2].name', '"ok" is also the name of variants[1]; names must differ'],
      ['variants[2].hook', 'is empty'],
      ['variants[3].name', expect.stringContaining('missing; every variant needs a name')],
      ['variants[4].name', expect.stringContaining('(e.g. "question-hook")')],
      ['variants[4].main_points', expect.stringContaining('goes up to point 3 but the script has 2')],
      ['variants[4].template', 'is empty; give a template id or leave it out'],
    ]);
    expect(issues.every((i) => i.file === 'bad.json')).toBe(true);
    // Pretty-printed, each issue points at its line.
    const pretty = JSON.stringify(broken, null, 2);
    const lines = expectIssues(() => parse(pretty, 'bad.json'));
    const lineOf = (field: string) => lines.find((i) => i.field === field)?.line;
    const textLines = pretty.split('\n');
    expect(textLines[lineOf('variants[2].hook')! - 1]).toContain('"hook": "   "');
    expect(textLines[lineOf('variants[3].hok')! - 1]).toContain('"hok": "typo"');
    // A missing name points at its variant's opening brace.
    expect(textLines[lineOf('variants[3].name')! - 1]!.trim()).toBe('{');
    expect(lines.every((i) => i.line !== undefined)).toBe(true);
  });

  it('names the line of every variant problem in text', () => {
    const text = `${TEXT_SCRIPT.split('Variant:')[0]}Variant: a
Hook:
Channel: fire
Point 3: too far
Variant: a
Hok: typo
stray words

Variant: b
`;
    const issues = expectIssues(() => parse(text, 'bad.txt'));
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [10, 'variants[1].hook'],
      [11, 'variants[1].channel'],
      [12, 'variants[1].main_points'],
      [13, 'variants[2].name'],
      [14, 'variants[2].hok'],
      [15, 'variants[2]'],
    ]);
  });

  it('names the line of a Markdown variant problem', () => {
    const markdown = `${MARKDOWN_SCRIPT.split('## Variant')[0]}## Variant:\n**Hook:** Hi.\n`;
    const issues = expectIssues(() => parse(markdown, 'bad.md'));
    expect(issues).toEqual([
      expect.objectContaining({ field: 'variants[1].name', line: 15, file: 'bad.md' }),
    ]);
  });

  it('refuses an empty variant list and more than 20 variants', () => {
    const base = JSON.parse(JSON_SCRIPT) as Record<string, unknown>;
    const empty = expectIssues(() => parse(JSON.stringify({ ...base, variants: [] }), 'e.json'));
    expect(empty.map((i) => i.field)).toEqual(['variants']);
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `v${i}` }));
    const tooMany = expectIssues(() => parse(JSON.stringify({ ...base, variants: many }), 'm.json'));
    expect(tooMany[0]?.message).toContain('21 variants; a script declares at most 20');
  });
});
