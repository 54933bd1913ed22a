import { describe, expect, it } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { checkTemplateFonts, parseTemplateText, templateToText } from './template-file.js';

const FIRE = templateToText(BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!);

function issuesOf(text: string): { field: string; line?: number; file?: string; message: string }[] {
  try {
    parseTemplateText(text, 'my.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ScriptValidationError);
    return [...(error as ScriptValidationError).issues];
  }
  throw new Error('expected the template to be refused');
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('parseTemplateText', () => {
  it('reads back what templateToText wrote (export → import round trip)', () => {
    for (const template of BUILTIN_TEMPLATES) {
      expect(parseTemplateText(templateToText(template), 'x.json')).toEqual(template);
    }
  });

  it('names file, field and line of a bad colour', () => {
    const text = FIRE.replace('"text": "#ffffff"', '"text": "white"');
    expect(issuesOf(text)).toEqual([
      {
        file: 'my.json',
        field: 'palette.text',
        line: lineOf(text, '"white"'),
        message: 'a colour as #rrggbb',
      },
    ]);
  });

  it('names a nested role field and an array item', () => {
    const text = FIRE.replace('"position": "center"', '"position": "middle"').replace(
      '"#b91c1c"',
      '"#b91c1"',
    );
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.field, i.line])).toEqual([
      ['palette.background[1]', lineOf(text, '"#b91c1"')],
      ['roles.hook.position', lineOf(text, '"middle"')],
    ]);
    expect(issues[1]!.message).toContain('"top"');
  });

  it('points at an unknown key', () => {
    const text = FIRE.replace('"name": "Fire",', '"name": "Fire",\n  "colour": "red",');
    const [issue] = issuesOf(text);
    expect([issue!.field, issue!.line]).toEqual(['colour', lineOf(text, '"colour"')]);
  });

  it('reports a missing field on the object that lacks it', () => {
    const text = FIRE.replace(/ {2}"transition": \{[^}]*\},\n/, '');
    const [issue] = issuesOf(text);
    expect(issue!.field).toBe('transition');
    expect(issue!.line).toBe(1);
  });

  it('words problems as script errors do, with file, field and line', () => {
    const text = FIRE.replace('  "name": "Fire",\n', '').replace('"weight": 700', '"weight": 650');
    expect(issuesOf(text)).toEqual([
      { file: 'my.json', field: 'name', line: 1, message: 'missing; add "name": "…"' },
      {
        file: 'my.json',
        field: 'roles.hook.weight',
        line: lineOf(text, '650'),
        message: '650 is not allowed; use one of 400, 500, 600, 700, 800',
      },
    ]);
  });

  it('gives the line of a JSON syntax error', () => {
    const text = FIRE.replace('"version": 1,', '"version": 1,,');
    const [issue] = issuesOf(text);
    expect(issue!.line).toBe(lineOf(text, ',,'));
    expect(issue!.message).toMatch(/^not valid JSON/);
  });
});

describe('checkTemplateFonts', () => {
  const text = FIRE.replace('"heading": "Noto Sans"', '"heading": "Comic Nope"');
  const template = parseTemplateText(text, 'my.json');

  it('refuses a family neither shipped nor in fonts.files, naming file, field and line', () => {
    try {
      checkTemplateFonts(template, 'my.json', text);
    } catch (error) {
      expect(error).toBeInstanceOf(ScriptValidationError);
      const [issue, ...others] = (error as ScriptValidationError).issues;
      expect(others).toEqual([]);
      expect(issue).toMatchObject({
        file: 'my.json',
        field: 'fonts.heading',
        line: lineOf(text, 'Comic Nope'),
      });
      expect(issue!.message).toMatch(
        /^font family "Comic Nope" is neither shipped nor in fonts\.files; use one of "Noto Sans",/,
      );
      return;
    }
    throw new Error('expected the template to be refused');
  });

  it('accepts the family once a font file gives it', () => {
    const files = [{ family: 'Comic Nope', file: 'comic.ttf' }];
    expect(() =>
      checkTemplateFonts({ ...template, fonts: { ...template.fonts, files } }, 'my.json'),
    ).not.toThrow();
  });
});
