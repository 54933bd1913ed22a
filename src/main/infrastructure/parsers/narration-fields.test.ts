import { describe, expect, it } from 'vitest';
import { parseScript } from './parse-script.js';
import { expectIssues } from './test-support/expect-issues.js';

const parse = (content: string) => parseScript({ content, name: 'narrated' });

const json = (extra: Record<string, unknown>) =>
  JSON.stringify({
    channel: 'air',
    topic: 'T',
    hook: 'H',
    main_points: ['P'],
    call_to_action: 'C',
    ...extra,
  });

describe('voice and captions in every format', () => {
  it('reads them the same way from JSON, text and Markdown', () => {
    const fromJson = parse(json({ voice: 'espeak-ng:en-us', captions: false }));
    const fromText = parse(
      'Channel: air\nTopic: T\nVoice: espeak-ng:en-us\nCaptions: no\nHook: H\nMain points:\n- P\nCTA: C\n',
    );
    const fromMarkdown = parse(
      '# T\n\n**Channel:** air\n**Voice:** `espeak-ng:en-us`\n**Captions:** off\n\n## Hook\nH\n\n## Main points\n- P\n\n## Call to action\nC\n',
    );
    for (const script of [fromJson, fromText, fromMarkdown]) {
      expect(script).toMatchObject({ voice: 'espeak-ng:en-us', captions: false });
    }
  });

  it('leaves both out when the script does not give them (existing scripts are unchanged)', () => {
    const script = parse(json({}));
    expect(script).not.toHaveProperty('voice');
    expect(script).not.toHaveProperty('captions');
  });

  it('names the field and line of a bad voice or captions value', () => {
    const text = expectIssues(() =>
      parse(
        'Channel: air\nTopic: T\nVoice: espeak ng\nCaptions: maybe\nHook: H\nMain points:\n- P\nCTA: C\n',
      ),
    );
    expect(text).toEqual([
      expect.objectContaining({ field: 'voice', line: 3, message: expect.stringContaining('<provider>') }),
      expect.objectContaining({ field: 'captions', line: 4, message: expect.stringContaining('"maybe"') }),
    ]);
    const fromJson = expectIssues(() => parse(json({ voice: 3, captions: 'no' })));
    expect(fromJson.map((i) => i.field)).toEqual(['voice', 'captions']);
  });
});
