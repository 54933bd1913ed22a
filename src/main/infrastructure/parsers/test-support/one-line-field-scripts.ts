import { MarkdownScriptParser } from '../markdown-script-parser.js';
import { TextScriptParser } from '../text-script-parser.js';

// Small text and Markdown scripts with one extra line (e.g. "Platform: reels", "**Template:** x"),
// for the tests of the optional one-line fields.

export const text = (extraLine: string) =>
  new TextScriptParser().parse({
    name: 'tip.txt',
    content: `Channel: air\nTopic: Focus\n${extraLine}\nHook: One thing at a time.\nMain points:\n- Close the other tabs.\nCTA: Follow for more.\n`,
  });

export const markdown = (extraLine: string) =>
  new MarkdownScriptParser().parse({
    name: 'tip.md',
    content: `# Focus\n\n**Channel:** air\n${extraLine}\n\n## Hook\nOne thing at a time.\n\n## Main points\n- Close the other tabs.\n\n## Call to action\nFollow for more.\n`,
  });
