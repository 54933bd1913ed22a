import { describe, expect, it } from 'vitest';
import { MarkdownScriptParser } from './markdown-script-parser.js';
import { TextScriptParser } from './text-script-parser.js';

// "template" in the text and Markdown formats, written like "platform" (JSON has its "template" key).

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

describe('the template field in text and Markdown scripts', () => {
  it('names the template, as the JSON "template" key does', () => {
    expect(text('Template: blue-fire').template).toBe('blue-fire');
    expect(markdown('**Template:** blue-fire').template).toBe('blue-fire');
  });

  it('is optional', () => {
    expect(text('').template).toBeUndefined();
    expect(markdown('').template).toBeUndefined();
  });
});
