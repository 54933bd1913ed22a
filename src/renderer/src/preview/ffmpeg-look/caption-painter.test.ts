import { describe, expect, it } from 'vitest';
import { captionPlacement } from '#core/narration/caption-style.js';
import type { SpokenWord } from '#core/narration/timed-words.js';
import { splitWrittenWords } from '#core/narration/written-words.js';
import { even } from '#core/render-look/safe-zone.js';
import { CaptionPainter, wrapLines, type CaptionCanvas } from './caption-painter.js';

/** A canvas that records what is drawn; every character is 0.5 em wide, a line 1.362 em tall. */
function recordingCanvas() {
  const texts: { text: string; x: number; y: number; colour: unknown }[] = [];
  const boxes: { x: number; y: number; width: number; height: number; alpha: number }[] = [];
  const ctx: CaptionCanvas = {
    font: '',
    fillStyle: '',
    globalAlpha: 1,
    textBaseline: '',
    textAlign: '',
    fillRect(x, y, width, height) {
      boxes.push({ x, y, width, height, alpha: this.globalAlpha });
    },
    fillText(text, x, y) {
      texts.push({ text, x, y, colour: this.fillStyle });
    },
    measureText(text) {
      const em = Number(/([\d.]+)px/.exec(this.font)?.[1]);
      return {
        width: text.length * em * 0.5,
        fontBoundingBoxAscent: em * 1.069,
        fontBoundingBoxDescent: em * 0.293,
      };
    },
    save() {},
    restore() {},
  };
  return { ctx, texts, boxes };
}

const words: SpokenWord[] = [
  { text: 'Set', startSeconds: 0, endSeconds: 0.3, sceneIndex: 0 },
  { text: 'a', startSeconds: 0.35, endSeconds: 0.4, sceneIndex: 0 },
  { text: 'timer.', startSeconds: 0.5, endSeconds: 0.9, sceneIndex: 0 },
  { text: 'Go.', startSeconds: 1.2, endSeconds: 1.5, sceneIndex: 0 },
];
const frame = { width: 1080, height: 1920 };

describe('CaptionPainter', () => {
  it('draws the phrase being said with the spoken word in the highlight colour, bottom-centred in the safe zone', () => {
    const painter = new CaptionPainter(
      { voice: 'x', words, burnInCaptions: true },
      frame,
      'tiktok',
      '#e63946',
    );
    const { ctx, texts, boxes } = recordingCanvas();
    painter.paint(ctx, 0.6);
    expect(texts.map((t) => t.text)).toEqual(['Set', 'a', 'timer.']);
    expect(texts.map((t) => t.colour)).toEqual(['#ffffff', '#ffffff', '#e63946']);
    const place = captionPlacement(frame, 'tiktok', even);
    const [box] = boxes;
    // The line is the style's size tall (as libass sizes it) and sits `bottom` above the frame's edge.
    expect(box!.y + box!.height).toBeCloseTo(frame.height - place.bottom + place.boxPadding, 6);
    expect(box!.height).toBeCloseTo(place.fontSize + 2 * place.boxPadding, 6);
    const centre = place.left + (frame.width - place.left - place.right) / 2;
    expect(box!.x + box!.width / 2).toBeCloseTo(centre, 6);
    expect(box!.alpha).toBe(0.75);
  });

  it('draws nothing between phrases or when the script turned captions off', () => {
    const on = new CaptionPainter({ voice: 'x', words, burnInCaptions: true }, frame, 'generic', '#e63946');
    expect(on.captionAt(1.6 + 0.5)).toBeUndefined();
    expect(on.captionAt(1.3)).toMatchObject({ words: ['Go.'], lit: 0 });
    const off = new CaptionPainter({ voice: 'x', words, burnInCaptions: false }, frame, 'generic', '#e63946');
    const { ctx, texts } = recordingCanvas();
    off.paint(ctx, 0.6);
    expect(texts).toEqual([]);
  });
});

describe('wrapLines', () => {
  it('keeps a phrase that fits on one line and splits a wider one into lines of similar width', () => {
    expect(wrapLines([100, 50, 100], 10, 500)).toEqual([[0, 1, 2]]);
    expect(wrapLines([200, 200, 200, 200], 10, 500)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(wrapLines([900], 10, 500)).toEqual([[0]]);
  });

  it("gives the spoken word its scene's template emphasis, as the ASS script does", () => {
    const scenes = [...words, { text: 'Now.', startSeconds: 2, endSeconds: 2.4, sceneIndex: 1 }];
    const emphasis = { 0: 'accent-colour', 1: 'underline' } as const;
    const painter = new CaptionPainter(
      { voice: 'x', words: scenes, burnInCaptions: true },
      frame,
      'generic',
      '#2a9d8f',
      (sceneIndex) => emphasis[sceneIndex as 0 | 1],
    );
    const accent = recordingCanvas();
    painter.paint(accent.ctx, 0.6);
    // accent-colour: the accent itself (highlight would lighten it for the dark box).
    expect(accent.texts.map((t) => t.colour)).toEqual(['#ffffff', '#ffffff', '#2a9d8f']);
    const underlined = recordingCanvas();
    painter.paint(underlined.ctx, 2.2);
    const now = underlined.texts.find((t) => t.text === 'Now.')!;
    expect(now.colour).toBe('#ffffff');
    // The box, then one underline under the spoken word: as wide as it, just below its baseline.
    const line = underlined.boxes.at(-1)!;
    expect(underlined.boxes).toHaveLength(2);
    expect(line.x).toBeCloseTo(now.x, 6);
    expect(line.y).toBeGreaterThan(now.y);
    expect(line.width).toBeGreaterThan(0);
  });

  it('without a template the spoken word is highlighted and nothing is underlined', () => {
    const painter = new CaptionPainter(
      { voice: 'x', words, burnInCaptions: true },
      frame,
      'generic',
      '#2a9d8f',
    );
    const { ctx, boxes } = recordingCanvas();
    painter.paint(ctx, 0.6);
    expect(boxes).toHaveLength(1);
  });
});

describe('CaptionPainter keeps the script’s characters (issue #18)', () => {
  const spaced = (text: string): SpokenWord[] =>
    splitWrittenWords(text).words.map((word, i) => ({
      ...word,
      startSeconds: i * 0.1,
      endSeconds: i * 0.1 + 0.05,
      sceneIndex: 0,
    }));

  it('gives the white space written before each word, and spaces the words by it', () => {
    const painter = new CaptionPainter(
      { voice: 'x', words: spaced('心を\u3000今日は  two'), burnInCaptions: true },
      frame,
      'generic',
      '#e63946',
    );
    const caption = painter.captionAt(0.01)!;
    expect(caption.words.map((word, i) => caption.spaces[i] + word).join('')).toBe('心を\u3000今日は  two');
    const { ctx, texts } = recordingCanvas();
    painter.paint(ctx, 0.01);
    // Every character is 0.5 em wide: a word starts after the one before it and the space as written.
    const em = (texts[1]!.x - texts[0]!.x) / ('心を\u3000'.length * 0.5);
    expect(texts[2]!.x - texts[1]!.x).toBeCloseTo('今日は  '.length * 0.5 * em, 6);
  });

  it('starts a new line where the text has a line break', () => {
    expect(wrapLines([100, 100], [0, 10], 1000, (i) => i === 1)).toEqual([[0], [1]]);
  });
});
