import { describe, expect, it } from 'vitest';
import { MarkdownScriptParser } from './markdown-script-parser.js';
import { TextScriptParser } from './text-script-parser.js';

// The optional "template" key in the text and Markdown formats, written like "platform".

const text = (templateLine: string) =>
  new TextScriptParser().parse({
    name: 'tip.txt',
    content: `Channel: air\nTopic: Focus\n${templateLine}\nHook: One thing at a time.\nMain points:\n- Close the other tabs.\nCTA: Follow for more.\n`,
  });

const markdown = (templateLine: string) =>
  new MarkdownScriptParser().parse({
    name: 'tip.md',
    content: `# Focus\n\n**Channel:** air\n${templateLine}\n\n## Hook\nOne thing at a time.\n\n## Main points\n- Close the other tabs.\n\n## Call to action\nFollow for more.\n`,
  });

describe('"template" in text and Markdown scripts', () => {
  it('reads "Template: <id>" in a text script', () => {
    expect(text('Template: my-bold-look').template).toBe('my-bold-look');
  });

  it('reads "**Template:** <id>" in a Markdown script', () => {
    expect(markdown('**Template:** my-bold-look').template).toBe('my-bold-look');
  });

  it('reads a "## Template" section in a Markdown script', () => {
    expect(markdown('\n## Template\nmy-bold-look').template).toBe('my-bold-look');
  });

  it('leaves the template unset when the key is absent', () => {
    expect(text('').template).toBeUndefined();
    expect(markdown('').template).toBeUndefined();
  });

  it('rejects a second Template line naming the field and line', () => {
    expect(() => text('Template: one\nTemplate: two')).toThrow(/tip\.txt.*line 4|line 4.*tip\.txt/is);
  });
});
