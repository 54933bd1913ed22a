import { describe, expect, it } from 'vitest';
import { NARRATION } from '../../test-support/narration-fixtures.js';
import { voiceOptions } from './voice-choices.js';

describe('voiceOptions', () => {
  it('offers off, then each provider voice with its provider, default and why it is unavailable', () => {
    const options = voiceOptions(NARRATION);
    expect(options.map((o) => o.value)).toEqual([
      'off',
      'espeak-ng:en-us',
      'espeak-ng:en-gb',
      'espeak-ng:de',
      'piper:default',
      'elevenlabs:21m00Tcm4TlvDq8ikWAM',
    ]);
    expect(options[1]!.label).toBe('eSpeak NG (local) — en-us, default');
    expect(options[4]!.label).toMatch(/unavailable: not configured: set providers\.piper\.binary_path/);
  });

  it('keeps a setting written by hand that names a voice nobody listed', () => {
    const options = voiceOptions({ ...NARRATION, defaultVoice: 'espeak-ng:en-us+f3' });
    expect(options.at(-1)).toEqual({
      value: 'espeak-ng:en-us+f3',
      label: 'espeak-ng:en-us+f3 (from config.json)',
    });
  });
});
