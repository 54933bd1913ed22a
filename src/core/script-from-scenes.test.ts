import { describe, expect, it } from 'vitest';
import { scriptFromScenes } from './script-from-scenes.js';

describe('scriptFromScenes', () => {
  it('reads the first scene as the hook, the last as the call to action and the rest as points', () => {
    const script = scriptFromScenes({ channel: 'air', topic: 'T', name: 't.md', format: 'markdown' }, [
      'Hook.',
      'One.',
      'Two.',
      'Follow.',
    ]);
    expect(script.hook).toBe('Hook.');
    expect(script.mainPoints).toEqual(['One.', 'Two.']);
    expect(script.callToAction).toBe('Follow.');
    expect(script.source).toEqual({ format: 'markdown', name: 't.md' });
    expect(scriptFromScenes({ channel: 'air', topic: 'T', name: 't.json' }, ['H', 'C']).mainPoints).toEqual(
      [],
    );
  });
});
