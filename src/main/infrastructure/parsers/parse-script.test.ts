import { describe, expect, it } from 'vitest';
import type { ScriptParseInput, ScriptParser } from '#core/parser.js';
import { MAX_SCRIPT_BYTES } from './script-content.js';
import {
  chooseScriptParser,
  createDefaultScriptParsers,
  formatFromFileName,
  parseScript,
} from './parse-script.js';
import { expectIssues } from './test-support/expect-issues.js';

const JSON_SCRIPT = JSON.stringify({
  channel: 'air',
  topic: 'T',
  hook: 'H',
  main_points: ['P'],
  call_to_action: 'C',
});
const TEXT_SCRIPT = 'Channel: air\nTopic: T\nHook: H\nMain points:\n- P\nCTA: C\n';
const MARKDOWN_SCRIPT =
  '# T\n\n**Channel:** air\n\n## Hook\nH\n\n## Main points\n- P\n\n## Call to action\nC\n';

const parse = (content: string, name: string) => parseScript({ content, name });

describe('parseScript', () => {
  it('chooses the format by content, whatever the extension says', () => {
    expect(parse(JSON_SCRIPT, 'script.txt').source.format).toBe('json');
    expect(parse(MARKDOWN_SCRIPT, 'script').source.format).toBe('markdown');
    expect(parse(MARKDOWN_SCRIPT, 'script.txt').source.format).toBe('markdown');
    expect(parse(TEXT_SCRIPT, 'script.md').source.format).toBe('text');
    expect(parse(TEXT_SCRIPT, '<input>').source.format).toBe('text');
  });

  it('gives the same script from every format', () => {
    const scripts = [JSON_SCRIPT, TEXT_SCRIPT, MARKDOWN_SCRIPT].map((content) => {
      const { source: _source, ...rest } = parse(content, '<input>');
      return rest;
    });
    expect(scripts[1]).toEqual(scripts[0]);
    expect(scripts[2]).toEqual(scripts[0]);
  });

  it('uses the extension when the content says nothing, so the errors fit the intended format', () => {
    expect(expectIssues(() => parse('hello there', 'broken.json'))[0]).toMatchObject({
      field: '(syntax)',
      line: 1,
    });
    expect(expectIssues(() => parse('hello there', 'notes.md'))[0]).toMatchObject({
      field: '(text)',
      line: 1,
    });
  });

  it('reports an unrecognisable script without a hint, and empty content', () => {
    expect(expectIssues(() => parse('hello there', '<input>'))).toEqual([
      expect.objectContaining({
        file: '<input>',
        field: '(format)',
        message: expect.stringContaining('not a recognisable script'),
      }),
    ]);
    expect(expectIssues(() => parse(' \n\t', 'a.json'))).toEqual([
      expect.objectContaining({ file: 'a.json', field: '(content)', message: 'the script is empty' }),
    ]);
  });

  it('enforces the size cap on text that did not come from a file', () => {
    const huge = `${TEXT_SCRIPT}Hook: ${'x'.repeat(MAX_SCRIPT_BYTES)}`;
    expect(expectIssues(() => parse(huge, '<input>'))[0]).toMatchObject({ field: '(content)' });
  });

  it('handles CRLF content and a byte-order mark', () => {
    expect(parse(`\uFEFF${TEXT_SCRIPT.replace(/\n/g, '\r\n')}`, 'a.txt').mainPoints).toEqual(['P']);
  });

  it('turns a parser crash into a validation error naming the file', () => {
    const crashing: ScriptParser = {
      format: 'text',
      detect: () => 1,
      parse: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    expect(expectIssues(() => parseScript({ content: 'x', name: 'a.txt' }, [crashing]))[0]).toMatchObject({
      file: 'a.txt',
      field: '(content)',
      message: expect.stringContaining('too deeply nested'),
    });
  });
});

describe('chooseScriptParser', () => {
  const fake = (format: ScriptParser['format'], confidence: number): ScriptParser => ({
    format,
    detect: () => confidence,
    parse: () => {
      throw new Error('not called');
    },
  });
  const input = (name: string): ScriptParseInput => ({ content: 'x', name });

  it('lets the extension break a tie but not outvote the content', () => {
    const parsers = [fake('json', 0.5), fake('text', 0.5)];
    expect(chooseScriptParser(input('a.txt'), parsers).format).toBe('text');
    expect(chooseScriptParser(input('a.json'), parsers).format).toBe('json');
    expect(chooseScriptParser(input('a.txt'), [fake('json', 0.6), fake('text', 0.5)]).format).toBe('json');
  });

  it('treats a throwing or nonsensical detector as unsure', () => {
    const throwing: ScriptParser = {
      ...fake('json', 0),
      detect: () => {
        throw new Error('boom');
      },
    };
    expect(chooseScriptParser(input('a'), [throwing, fake('text', 0.1)]).format).toBe('text');
    expect(chooseScriptParser(input('a.md'), [fake('json', Number.NaN), fake('markdown', 0)]).format).toBe(
      'markdown',
    );
  });

  it('maps extensions to formats', () => {
    expect(formatFromFileName('/x/Script.MD')).toBe('markdown');
    expect(formatFromFileName('a.markdown')).toBe('markdown');
    expect(formatFromFileName('a.json')).toBe('json');
    expect(formatFromFileName('a.txt')).toBe('text');
    expect(formatFromFileName('a.docx')).toBeUndefined();
    expect(createDefaultScriptParsers().map((p) => p.format)).toEqual(['json', 'markdown', 'text']);
  });
});
