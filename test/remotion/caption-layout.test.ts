import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPTION_TEXTS_THAT_MUST_SURVIVE } from '../../src/core/caption-test-texts.js';
import { splitCaptionWords, timeCaptionWords } from '../../src/remotion/captions.js';
import { chromiumMissingReason, launchChromium } from '../e2e/support/chromium.js';

// Issue #18: the composition's captions showed "Rule # 1:" and "心 を 落ち 着 かせる". Chromium lays
// out the caption markup the composition renders and the plain text side by side, on one line:
// the same characters must take the same room, so no space, padding or gap was put between words.

const missing = chromiumMissingReason();

// The composition is JSX, which the Node-side tsconfig does not compile (src/remotion/tsconfig.json
// typechecks it); loaded by a path TypeScript does not follow, Vitest transforms it as usual.
const CAPTION_TEXT_MODULE = '../../src/remotion/composition/CaptionText.js';
type CaptionTextComponent = (props: Record<string, unknown>) => ReactElement;
let CaptionText: CaptionTextComponent;
const FONT_SIZE = 100;
/** Kerning across a word's box edge may differ by a fraction of a pixel; a padded word by 24 px. */
const TOLERANCE_PX = 2;

function captionMarkup(text: string, frame: number): string {
  const words = timeCaptionWords(splitCaptionWords(text), { leadInFrames: 6, sceneFrames: 90 });
  return renderToStaticMarkup(
    createElement(CaptionText, {
      words,
      frame,
      fps: 30,
      animation: 'rise',
      unit: 1,
      fontFamily: 'sans-serif',
      fontSize: FONT_SIZE,
      lineHeight: 1.22,
      colours: { text: '#fff', highlight: '#f60', highlightText: '#000', shadow: '#0008' },
    }),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

describe.skipIf(missing !== undefined)('caption layout in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ CaptionText } = (await import(CAPTION_TEXT_MODULE)) as { CaptionText: CaptionTextComponent });
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes exactly the room of the plain text and reads the same, whichever word is lit', async () => {
    for (const text of CAPTION_TEXTS_THAT_MUST_SURVIVE) {
      for (const frame of [10, 40]) {
        const plain = `<p dir="auto" style="margin:0;font-family:sans-serif;font-weight:700;font-size:${FONT_SIZE}px">${escapeHtml(text)}</p>`;
        await page.setContent(
          `<body style="margin:0"><div id="caption" style="width:max-content;white-space:nowrap">${captionMarkup(text, frame)}</div>` +
            `<div id="plain" style="width:max-content;white-space:nowrap">${plain}</div></body>`,
        );
        const measured = await page.evaluate<Record<'caption' | 'plain', { width: number; shown: string }>>(
          `(() => {
            const measure = (id) => {
              const box = document.getElementById(id);
              return { width: box.getBoundingClientRect().width, shown: box.innerText };
            };
            return { caption: measure('caption'), plain: measure('plain') };
          })()`,
        );
        expect(measured.caption.shown, text).toBe(measured.plain.shown);
        expect(Math.abs(measured.caption.width - measured.plain.width), text).toBeLessThanOrEqual(
          TOLERANCE_PX,
        );
      }
    }
  }, 60_000);
});
