import { describe, expect, it } from 'vitest';
import { matchBoldKeyLine, matchHeading, stripInlineMarkdown } from './markdown-syntax.js';

describe('matchHeading', () => {
  it('reads ATX headings with optional closing hashes', () => {
    expect(matchHeading('# Title')).toEqual({ level: 1, text: 'Title' });
    expect(matchHeading('   ## Hook ##  ')).toEqual({ level: 2, text: 'Hook' });
    expect(matchHeading('## C# basics')).toEqual({ level: 2, text: 'C# basics' });
    expect(matchHeading('## Tag \\#')).toEqual({ level: 2, text: 'Tag \\#' });
    expect(matchHeading('##')).toEqual({ level: 2, text: '' });
  });

  it('rejects hashtags, too many hashes and deep indentation', () => {
    expect(matchHeading('#hashtag')).toBeUndefined();
    expect(matchHeading('####### seven')).toBeUndefined();
    expect(matchHeading('    # code')).toBeUndefined();
  });
});

describe('matchBoldKeyLine', () => {
  it('reads both colon placements and underscores', () => {
    expect(matchBoldKeyLine('**Channel:** air')).toEqual({ label: 'Channel', value: 'air' });
    expect(matchBoldKeyLine('**Call to action**: go')).toEqual({ label: 'Call to action', value: 'go' });
    expect(matchBoldKeyLine('__Music:__ a.mp3')).toEqual({ label: 'Music', value: 'a.mp3' });
  });

  it('ignores emphasis that is not a label', () => {
    expect(matchBoldKeyLine('**Really** important')).toBeUndefined();
    expect(matchBoldKeyLine('**a sentence with many words in it:** x')).toBeUndefined();
    expect(matchBoldKeyLine('* item')).toBeUndefined();
  });
});

describe('stripInlineMarkdown', () => {
  it('drops emphasis and code markers and keeps link labels', () => {
    expect(stripInlineMarkdown('**bold** and *em* and __strong__ and `code`')).toBe(
      'bold and em and strong and code',
    );
    expect(stripInlineMarkdown('see [the guide](https://x.io/a_(b)) now')).toBe('see the guide) now');
    expect(stripInlineMarkdown('[a](b) and [c](d)')).toBe('a and c');
  });

  it('keeps single underscores, unmatched brackets and escapes', () => {
    expect(stripInlineMarkdown('file_name.mp3')).toBe('file_name.mp3');
    expect(stripInlineMarkdown('[not a link] (x)')).toBe('[not a link] (x)');
    expect(stripInlineMarkdown('\\*lit\\* \\[x\\](y) \\\\ C:\\music')).toBe('*lit* [x](y) \\ C:\\music');
  });

  it('stays linear on pathological input', () => {
    const started = performance.now();
    stripInlineMarkdown('['.repeat(500_000) + ']');
    stripInlineMarkdown('[a]('.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
