import { describe, expect, it } from 'vitest';
import { formatVoiceChoice, parseVoiceChoice } from './voice-choice.js';

describe('parseVoiceChoice', () => {
  it('reads off, a provider, and a provider with a voice', () => {
    expect(parseVoiceChoice('off')).toEqual({ kind: 'off' });
    expect(parseVoiceChoice(' OFF ')).toEqual({ kind: 'off' });
    expect(parseVoiceChoice('espeak-ng')).toEqual({ kind: 'voice', providerId: 'espeak-ng' });
    expect(parseVoiceChoice('eSpeak-NG:en-us')).toEqual({
      kind: 'voice',
      providerId: 'espeak-ng',
      voice: 'en-us',
    });
    expect(parseVoiceChoice('espeak-ng:en+f3')).toEqual({
      kind: 'voice',
      providerId: 'espeak-ng',
      voice: 'en+f3',
    });
  });

  it('refuses what could not be a provider or a voice, saying what is expected', () => {
    expect(parseVoiceChoice('')).toEqual({ error: expect.stringContaining('"<provider>[:<voice>]"') });
    expect(parseVoiceChoice('espeak ng')).toHaveProperty('error');
    expect(parseVoiceChoice('espeak-ng:')).toHaveProperty('error');
    expect(parseVoiceChoice('espeak-ng:-x')).toEqual({ error: expect.stringContaining('"-x"') });
    expect(parseVoiceChoice('espeak-ng:en us')).toHaveProperty('error');
  });

  it('formats back to what it reads', () => {
    for (const text of ['off', 'espeak-ng', 'espeak-ng:en-us']) {
      const choice = parseVoiceChoice(text);
      if ('error' in choice) throw new Error(choice.error);
      expect(formatVoiceChoice(choice)).toBe(text);
    }
  });
});
