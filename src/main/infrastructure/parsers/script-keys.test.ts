import { describe, expect, it } from 'vitest';
import { lookupScriptKey, suggestScriptKey } from './script-keys.js';

describe('script keys', () => {
  it('folds case, hyphens and underscores', () => {
    expect(lookupScriptKey('Call-to-Action')).toBe('callToAction');
    expect(lookupScriptKey('MAIN_POINTS')).toBe('mainPoints');
    expect(lookupScriptKey('  title ')).toBe('topic');
    expect(lookupScriptKey('constructor')).toBeUndefined();
    expect(lookupScriptKey('notes')).toBeUndefined();
  });

  it('suggests the key a typo was meant to be, and nothing for unrelated words', () => {
    expect(suggestScriptKey('Hok')).toBe('hook');
    expect(suggestScriptKey('Chanel')).toBe('channel');
    expect(suggestScriptKey('main pionts')).toBe('main points');
    expect(suggestScriptKey('Notes')).toBeUndefined();
    expect(suggestScriptKey('Author')).toBeUndefined();
  });
});
