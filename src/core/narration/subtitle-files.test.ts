import { describe, expect, it } from 'vitest';
import type { CaptionCue } from './caption-cues.js';
import { formatSrt, formatVtt, subtitleTimestamp } from './subtitle-files.js';
import { splitWrittenWords } from './written-words.js';

const cue = (start: number, end: number, text: string): CaptionCue => ({
  startSeconds: start,
  endSeconds: end,
  words: text.split(' ').map((t) => ({ text: t, startSeconds: start, endSeconds: end, sceneIndex: 0 })),
});

describe('subtitle files', () => {
  it('writes timestamps to the millisecond in both spellings', () => {
    expect(subtitleTimestamp(0, '.')).toBe('00:00:00.000');
    expect(subtitleTimestamp(3723.4567, ',')).toBe('01:02:03,457');
    expect(subtitleTimestamp(59.9996, '.')).toBe('00:01:00.000');
    expect(subtitleTimestamp(-1, '.')).toBe('00:00:00.000');
  });

  it('writes WebVTT with numbered cues and escaped text', () => {
    expect(formatVtt([cue(0, 1.25, 'Fish & chips'), cue(1.25, 2, 'a <b> --> c')])).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.250\nFish &amp; chips\n\n' +
        '2\n00:00:01.250 --> 00:00:02.000\na &lt;b&gt; --&gt; c\n',
    );
  });

  it('writes SubRip with comma timestamps and no arrow inside a cue', () => {
    expect(formatSrt([cue(0.5, 1, 'Hello world'), cue(61, 62.5, 'x --> y')])).toBe(
      '1\n00:00:00,500 --> 00:00:01,000\nHello world\n\n2\n00:01:01,000 --> 00:01:02,500\nx → y\n',
    );
  });

  it('keeps the white space between words as written, line breaks as one (issue #18)', () => {
    const written = (text: string): CaptionCue => ({
      startSeconds: 0,
      endSeconds: 1,
      words: splitWrittenWords(text).words.map((word) => ({
        ...word,
        startSeconds: 0,
        endSeconds: 1,
        sceneIndex: 0,
      })),
    });
    expect(formatSrt([written('心を落ち着かせる\u3000今日は'), written('two  spaces\tand tab')])).toBe(
      '1\n00:00:00,000 --> 00:00:01,000\n心を落ち着かせる\u3000今日は\n\n' +
        '2\n00:00:00,000 --> 00:00:01,000\ntwo  spaces\tand tab\n',
    );
    // An empty line would end the cue: blank lines inside one are a single line break.
    expect(formatVtt([written('Breathe\r\n\n  \nin')])).toBe(
      'WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nBreathe\nin\n',
    );
  });
});
