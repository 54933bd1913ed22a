import { describe, expect, it } from 'vitest';
import { CAPTION_WORD_PADDING_EM, fitSceneText } from '#core/text-fit.js';
import { frameSizeFor } from '#core/video-quality.js';
import { fitFontSize } from '../renderer/src/preview/fit-text.js';
import { splitCaptionWords as compositionWords } from './captions.js';
import { WORD_PADDING_EM } from './composition/CaptionText.js';

// The composition (SceneView) lays its text out with the domain's fitSceneText, as the built-in
// preview does. The preview cannot import this folder, so it takes the caption padding from the
// domain: these tests keep it and the font sizes in step with what the composition draws.
const TEXTS = [
  'Breathe.',
  'Breathe in, hold — and let go!',
  '"Stop" now',
  'When your thoughts start racing, your breath is the fastest way back to calm.',
  'Hold empty for four, then repeat the square three more times, slowly and calmly, every single day of the week.',
  '你好世界，今天很好。深呼吸，放松身体，慢慢地数到四，然后再慢慢地呼气。',
  ' 🔥🔥 ',
];

describe('the composition text layout', () => {
  it('pads words as the domain assumes', () => {
    expect(WORD_PADDING_EM).toBe(CAPTION_WORD_PADDING_EM);
  });

  it('gives the preview the font size a 1080 px render uses', () => {
    for (const text of TEXTS) {
      for (const role of ['hook', 'point', 'cta'] as const) {
        for (const ratio of ['9:16', '1:1', '16:9'] as const) {
          const render = fitSceneText(
            compositionWords(text),
            role,
            frameSizeFor('standard', ratio),
            WORD_PADDING_EM,
          );
          expect(fitFontSize(text, role, ratio) * 10.8).toBeCloseTo(render.fontSize, 6);
        }
      }
    }
  });
});
