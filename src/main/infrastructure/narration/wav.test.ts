import { describe, expect, it } from 'vitest';
import { durationOf, encodeWav, readWav } from './wav.js';

describe('WAV files', () => {
  it('reads back what it writes', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const audio = readWav(encodeWav({ sampleRate: 22050, samples }), 'x.wav');
    expect(audio.sampleRate).toBe(22050);
    expect([...audio.samples]).toEqual([...samples]);
    expect(durationOf({ sampleRate: 4, samples: new Int16Array(10) })).toBe(2.5);
  });

  it('reads to the end of the file when the header claims more data (a streamed header)', () => {
    const bytes = encodeWav({ sampleRate: 8000, samples: Int16Array.from([5, 6, 7]) });
    new DataView(bytes.buffer).setUint32(40, 0x7fffffff, true);
    expect([...readWav(bytes, 'streamed.wav').samples]).toEqual([5, 6, 7]);
  });

  it('names the file when it is not 16-bit PCM WAV', () => {
    expect(() => readWav(new TextEncoder().encode('not a wav file'), 'bad.wav')).toThrow(/bad\.wav/);
    const float = encodeWav({ sampleRate: 8000, samples: new Int16Array(2) });
    new DataView(float.buffer).setUint16(20, 3, true);
    expect(() => readWav(float, 'float.wav')).toThrow(/float\.wav: expected 16-bit PCM/);
  });
});
