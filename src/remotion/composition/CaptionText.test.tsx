// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE } from '#core/caption-test-texts.js';
import { splitCaptionWords, timeCaptionWords } from '../captions.js';
import { CaptionText } from './CaptionText.js';

afterEach(cleanup);

const COLOURS = { text: '#fff', highlight: '#f60', highlightText: '#000', shadow: '#0008' };

/** The caption as SceneView draws it, at `frame`. */
function renderCaption(text: string, frame: number, lightSpokenWord?: boolean) {
  const words = timeCaptionWords(splitCaptionWords(text), { leadInFrames: 6, sceneFrames: 90 });
  return render(
    <CaptionText
      words={words}
      frame={frame}
      fps={30}
      animation="ripple"
      unit={1}
      fontFamily="sans-serif"
      fontSize={100}
      lineHeight={1.22}
      colours={COLOURS}
      lightSpokenWord={lightSpokenWord}
    />,
  );
}

/** Any graphemes, with every kind of space between them. */
const anyCaption = fc
  .array(
    fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0')),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('CaptionText', () => {
  it('shows exactly the script’s characters, whichever word is lit', () => {
    for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) {
      for (const frame of [0, 20, 45, 89]) {
        const { container, unmount } = renderCaption(text, frame);
        expect(container.textContent).toBe(text);
        unmount();
      }
    }
  });

  it('shows exactly any string’s characters', () => {
    fc.assert(
      fc.property(anyCaption, (text) => {
        const { container, unmount } = renderCaption(text, 30);
        expect(container.textContent).toBe(text);
        unmount();
      }),
      { numRuns: 200 },
    );
  });

  it('puts nothing between words that takes room: no padding or margin, the pill is a shadow', () => {
    const { container } = renderCaption('Rule #1: 心を落ち着かせる', 30);
    const boxes = [...container.querySelectorAll<HTMLElement>('p span span')];
    expect(boxes.map((box) => box.textContent)).toEqual(['Rule', '#1:', '心', 'を', '落ち', '着', 'かせる']);
    for (const box of boxes) {
      expect(box.style.padding).toBe('');
      expect(box.style.margin).toBe('');
    }
    const lit = boxes.find((box) => box.style.backgroundColor !== '');
    expect(lit?.style.boxShadow).toContain('12px');
  });

  it("lights the spoken word on a pill by default, and none with a template's plain caption style", () => {
    const pills = (lightSpokenWord?: boolean) => {
      const { container, unmount } = renderCaption('Start before you feel ready', 45, lightSpokenWord);
      const spans = [...container.querySelectorAll<HTMLElement>('span span')];
      const lit = spans.filter((span) => span.style.backgroundColor !== '').length;
      const dimmed = spans.filter((span) => span.style.opacity === '0.6').length;
      unmount();
      return { lit, dimmed };
    };
    expect(pills().lit).toBe(1);
    expect(pills(false)).toEqual({ lit: 0, dimmed: 0 });
  });
});
