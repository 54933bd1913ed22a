import { describe, expect, it } from 'vitest';
import { BUILTIN_CHANNELS } from '#core/channels/builtin-channels.js';
import type { NarrationTrack } from '#core/narration/timed-words.js';
import { captionPlacement } from '#core/narration/caption-style.js';
import { even, safeAreaFor } from '#core/render-look/safe-zone.js';
import { splitWrittenWords } from '#core/narration/written-words.js';
import { assColour, assText, assTime, buildCaptionSubtitles, filterPathValue } from './caption-subtitles.js';

const style = BUILTIN_CHANNELS.air.style;
const frame = { width: 1080, height: 1920 };
const track: NarrationTrack = {
  voice: 'espeak-ng:en-us',
  burnInCaptions: true,
  words: [
    { text: 'Drink', startSeconds: 0.01, endSeconds: 0.3, sceneIndex: 0 },
    { text: '{water}', startSeconds: 0.36, endSeconds: 0.7, sceneIndex: 0 },
    { text: 'first.', startSeconds: 0.76, endSeconds: 1.2, sceneIndex: 0 },
    { text: 'Then', startSeconds: 3, endSeconds: 3.3, sceneIndex: 1 },
  ],
};

describe('buildCaptionSubtitles', () => {
  const ass = buildCaptionSubtitles(track, frame, style);
  const events = ass.split('\n').filter((line) => line.startsWith('Dialogue:'));

  it('has one event per spoken word, the phrase shown with that word in the highlight colour', () => {
    expect(events).toHaveLength(4);
    const highlight = assColour(style.palette.accent);
    expect(events[0]).toBe(
      `Dialogue: 0,0:00:00.01,0:00:00.36,Caption,,0,0,0,,{\\c${highlight}}Drink{\\c&H00FFFFFF} (water) first.`,
    );
    expect(events[2]).toContain(`,0:00:00.76,0:00:01.60,`);
    expect(events[2]).toContain(`{\\c${highlight}}first.{\\c&H00FFFFFF}`);
    // A new scene starts a new phrase.
    expect(events[3]).toMatch(/,0:00:03.00,0:00:03.70,Caption,,0,0,0,,\{\\c&H[0-9A-F]+\}Then\{/);
  });

  it('sits at the bottom of the safe zone, inside its side margins', () => {
    const safe = safeAreaFor(frame);
    const styleLine = ass.split('\n').find((line) => line.startsWith('Style: Caption'))!;
    const fields = styleLine.slice('Style: '.length).split(',');
    const [alignment, marginL, marginR, marginV] = fields.slice(18, 22).map(Number);
    expect(alignment).toBe(2);
    expect(marginL).toBeGreaterThanOrEqual(safe.x);
    expect(marginR).toBeGreaterThanOrEqual(safe.x);
    expect(marginV).toBeGreaterThanOrEqual(frame.height - safe.y - safe.height);
    expect(ass).toContain('PlayResX: 1080\nPlayResY: 1920');
  });
});

describe('ASS pieces', () => {
  it('writes colours as &HAABBGGRR and times on the centisecond clock', () => {
    expect(assColour('#0ea5e9')).toBe('&H00E9A50E');
    expect(assColour('#000000', 0x40)).toBe('&H40000000');
    expect(assTime(3661.257)).toBe('1:01:01.26');
    expect(assTime(0)).toBe('0:00:00.00');
  });

  it('makes braces and backslashes in script text inert', () => {
    expect(assText('a{\\b1}b\\N')).toBe('a(⧵b1)b⧵N');
  });

  it('escapes a path for a filter option inside a filter graph', () => {
    expect(filterPathValue('/tmp/plain/captions.ass')).toBe('/tmp/plain/captions.ass');
    // Checked against ffmpeg 5.1: a folder named like this one loads with the `ass` filter.
    expect(filterPathValue("/tmp/a:b/it's,[x];y.ass")).toBe(String.raw`/tmp/a\\:b/it\\\'s\,\[x\]\;y.ass`);
  });
});

describe('buildCaptionSubtitles for a platform', () => {
  it("keeps to that platform's safe zone, where the Remotion captions sit too", () => {
    const margins = (platform?: 'tiktok') => {
      const line = buildCaptionSubtitles(track, frame, style, platform)
        .split('\n')
        .find((l) => l.startsWith('Style: Caption'))!;
      return line.split(',').slice(19, 22).map(Number);
    };
    const place = captionPlacement(frame, 'tiktok', even);
    expect(margins('tiktok')).toEqual([place.left, place.right, place.bottom]);
    expect(margins('tiktok')).not.toEqual(margins());
  });
});

describe("buildCaptionSubtitles with a template's emphasis", () => {
  // Scene 0 underlines, scene 1 leaves the spoken word plain.
  const ass = buildCaptionSubtitles(track, frame, style, 'generic', (scene) =>
    scene === 0 ? 'underline' : 'none',
  );
  const events = ass.split('\n').filter((line) => line.startsWith('Dialogue:'));

  it('underlines the spoken word of an underlined scene, without colouring it', () => {
    expect(events[0]).toMatch(/,,\{\\u1\}Drink\{\\u0\} \(water\) first\.$/);
  });

  it('leaves the spoken word of a plain scene like the others', () => {
    expect(events[3]).toMatch(/,,Then$/);
  });

  it('colours it with the accent itself for accent-colour', () => {
    const accent = buildCaptionSubtitles(track, frame, style, 'generic', () => 'accent-colour');
    expect(accent).toContain(`{\\c${assColour(style.palette.accent)}}Drink{\\c&H00FFFFFF}`);
  });
});

describe('buildCaptionSubtitles keeps the script’s characters (issue #18)', () => {
  /** A scene's words as the narration step gives them: each with the white space written after it. */
  const trackOf = (text: string): NarrationTrack => ({
    voice: 'x',
    burnInCaptions: true,
    words: splitWrittenWords(text).words.map((word, i) => ({
      ...word,
      startSeconds: i,
      endSeconds: i + 0.5,
      sceneIndex: 0,
    })),
  });
  /** An event's text without its override blocks: what libass draws. */
  const shown = (event: string) => event.split(',,0,0,0,,')[1]!.replace(/\{[^}]*\}/g, '');

  it('shows the white space between words as written, not one space', () => {
    const events = (text: string) =>
      buildCaptionSubtitles(trackOf(text), frame, style)
        .split('\n')
        .filter((line) => line.startsWith('Dialogue:'));
    for (const event of events('心を落ち着かせる\u3000今日は'))
      expect(shown(event)).toBe('心を落ち着かせる\u3000今日は');
    for (const event of events('two  spaces\tand')) expect(shown(event)).toBe('two  spaces\tand');
    for (const event of events('100\u202f% sûr')) expect(shown(event)).toBe('100\u202f% sûr');
    // A line break in the text is ASS's hard line break, so the event stays on one line.
    for (const event of events('Breathe\nin')) expect(shown(event)).toBe('Breathe\\Nin');
  });
});
