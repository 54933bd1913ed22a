import { describe, expect, it } from 'vitest';
import { markdown, text } from './test-support/one-line-field-scripts.js';

// The optional "template" key in the text and Markdown formats, written like "platform"
// (the same script builders as platform-field.test.ts).

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
