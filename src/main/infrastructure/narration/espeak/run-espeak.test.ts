import { describe, expect, it } from 'vitest';
import { parseEspeakLanguages, parseEspeakVersion } from './run-espeak.js';

describe('espeak-ng output', () => {
  it('reads the version line', () => {
    expect(
      parseEspeakVersion(
        'eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data\n',
      ),
    ).toBe('espeak-ng 1.51');
    expect(parseEspeakVersion('ffmpeg version 5.1')).toBeUndefined();
  });

  it('lists the languages of --voices once each', () => {
    const voices = [
      'Pty Language       Age/Gender VoiceName          File                 Other Languages',
      ' 5  af              --/M      Afrikaans          gmw/af',
      ' 2  en-us           --/M      English_(America)  gmw/en-US            (en 3)',
      ' 5  en-us           --/F      English_(America)  gmw/en-US-f',
      '',
    ].join('\n');
    expect(parseEspeakLanguages(voices)).toEqual(['af', 'en-us']);
  });
});
