import { describe, expect, it } from 'vitest';
import { API_CALLS } from '#shared/api-contract.js';
import { describeSettingsIssue, messageForField, type SettingsIssue } from './field-messages.js';

/** The words for the first issue the contract finds in a settings patch. */
function wordsFor(patch: unknown): string {
  const checked = API_CALLS['settings.update'].safeParse({ patch });
  if (checked.success) throw new Error('expected the patch to be refused');
  return describeSettingsIssue(checked.error.issues[0] as SettingsIssue);
}

describe('describeSettingsIssue', () => {
  it('says what the contract refuses in words, not in validator text', () => {
    expect(wordsFor({ global: { outputDir: '' } })).toBe('cannot be empty');
    expect(wordsFor({ global: { maxConcurrentGenerations: 1.5 } })).toBe('must be a whole number');
    expect(wordsFor({ global: { maxConcurrentGenerations: 0 } })).toBe('must be 1 or more');
    expect(wordsFor({ global: { maxConcurrentGenerations: 100 } })).toBe('must be 64 or less');
    expect(wordsFor({ providers: { ffmpeg: { timeoutSeconds: 0 } } })).toBe('must be more than 0');
    expect(wordsFor({ global: { defaultQuality: 'huge' } })).toBe(
      'must be one of: draft, standard, high, ultra',
    );
    expect(wordsFor({ providers: { ffmpeg: { apiUrl: 'x'.repeat(3000) } } })).toBe(
      'must be at most 2048 characters',
    );
  });
});

describe('messageForField', () => {
  it('drops the field path the message starts with', () => {
    expect(
      messageForField('global.outputDir: the folder "/proc/x" cannot be created', 'global.outputDir'),
    ).toBe('the folder "/proc/x" cannot be created');
    expect(messageForField('config global.output_dir: not writable', 'global.outputDir')).toBe(
      'not writable',
    );
    expect(
      messageForField('settings.update: patch.global.outputDir: cannot be empty', 'global.outputDir'),
    ).toBe('cannot be empty');
    expect(messageForField('disk full', 'global.outputDir')).toBe('disk full');
  });
});
