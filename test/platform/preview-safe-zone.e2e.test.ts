// The desktop preview of a script written for a platform, in real Chromium against the real
// backend: its text lies inside the platform's safe rectangle (the one FFmpeg and Remotion use),
// and the platform's UI guide is drawn over it and can be switched off.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { safeAreaFor } from '#core/safe-zone.js';
import { chromiumMissingReason } from '../e2e/support/chromium.js';
import { REPO_ROOT } from '../e2e/support/renderer-build.js';
import { useWebAppPage } from '../e2e/support/web-app-harness.js';

const SCRIPT = {
  channel: 'fire',
  topic: 'Start before you feel ready',
  hook: 'Motivation follows action, so the first step has to come before you feel like taking it.',
  main_points: [
    'Set a timer for five minutes and promise yourself you can stop when it rings, no questions asked.',
    'Lay out everything you need the night before, so starting costs you nothing in the morning.',
  ],
  call_to_action: 'Follow for one small push every single day.',
  platform: 'shorts',
};

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const missing = chromiumMissingReason();

describe.skipIf(missing !== undefined)('the preview of a Shorts script', () => {
  const web = useWebAppPage({
    width: 1280,
    height: 1000,
    timeoutMs: 15_000,
    prepare: async (app) => {
      await app.runtime.library.addFiles([{ name: 'shorts.json', content: JSON.stringify(SCRIPT) }]);
    },
    ready: async (page) => {
      await page.getByRole('button', { name: 'Open shorts.json', exact: true }).click();
      await page.getByTestId('script-detail').waitFor();
    },
  });
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });

  /** The frame's box and the box of every line of text in it, in page pixels. */
  const measure = () =>
    page.evaluate(() => {
      // Runs in the page: DOM types are not in this project's Node typings.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's DOM, untyped here
      const doc = (globalThis as unknown as { document: any }).document;
      const frame = doc.querySelector('[data-testid=timeline-preview] .preview-frame');
      const f = frame.getBoundingClientRect();
      const lines: { left: number; top: number; right: number; bottom: number; text: string }[] = [];
      const walker = doc.createTreeWalker(frame, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim() || node.parentElement.closest('.platform-overlay')) continue;
        const range = doc.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width > 0)
            lines.push({
              left: r.left,
              top: r.top,
              right: r.right,
              bottom: r.bottom,
              text: node.textContent,
            });
        }
      }
      return { frame: { left: f.left, top: f.top, right: f.right, bottom: f.bottom }, lines };
    });

  it('shows the guide over the Remotion player, which keeps its size', async () => {
    // The preview follows the render's provider (FFmpeg by default): choose Remotion in the form.
    const provider = page.getByTestId('render-provider');
    await expect.poll(() => provider.locator('option[value=remotion]').count()).toBe(1);
    await expect.poll(() => page.getByTestId('render-button').isEnabled()).toBe(true);
    await provider.selectOption('remotion');
    const player = page.getByTestId('remotion-preview');
    await player.waitFor();
    const box = (await player.locator('.remotion-preview-frame').boundingBox())!;
    expect(box.height / box.width).toBeCloseTo(16 / 9, 1);
    expect(await player.getByTestId('platform-overlay').getAttribute('data-platform')).toBe('shorts');
    await page.getByRole('radio', { name: 'Quick preview' }).click();
    await page.getByTestId('timeline-preview').waitFor();
    await page.getByTestId('preview-play').click();
  }, 60_000);

  it('keeps every line of every scene inside the Shorts safe rectangle', async () => {
    const scrubber = page.getByTestId('preview-scrubber');
    const duration = Number(await scrubber.getAttribute('max'));
    const rows = await page.getByTestId('scene-row').count();
    expect(rows).toBe(4);
    let measuredLines = 0;
    for (const fraction of [0.15, 0.4, 0.65, 0.92]) {
      await scrubber.fill(String(duration * fraction));
      await page.waitForTimeout(900); // the entrance animation ends; the preview is paused
      const { frame, lines } = await measure();
      const width = frame.right - frame.left;
      const height = frame.bottom - frame.top;
      const safe = safeAreaFor({ width: 1080, height: 1920 }, 'shorts');
      const box: Box = {
        left: frame.left + (safe.x / 1080) * width,
        top: frame.top + (safe.y / 1920) * height,
        right: frame.left + ((safe.x + safe.width) / 1080) * width,
        bottom: frame.top + ((safe.y + safe.height) / 1920) * height,
      };
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line.left, line.text).toBeGreaterThanOrEqual(box.left - 1);
        expect(line.right, line.text).toBeLessThanOrEqual(box.right + 1);
        expect(line.top, line.text).toBeGreaterThanOrEqual(box.top - 1);
        expect(line.bottom, line.text).toBeLessThanOrEqual(box.bottom + 1);
      }
      measuredLines += lines.length;
    }
    expect(measuredLines).toBeGreaterThan(8);
    mkdirSync(join(REPO_ROOT, 'test-results/screenshots'), { recursive: true });
    await page.screenshot({ path: join(REPO_ROOT, 'test-results/screenshots/platform-preview-shorts.png') });
  }, 60_000);

  it("draws the platform's button column and caption over the frame, and hides them on request", async () => {
    const overlay = page.getByTestId('platform-overlay');
    expect(await overlay.getAttribute('data-platform')).toBe('shorts');
    const frame = (await page.locator('[data-testid=timeline-preview] .preview-frame').boundingBox())!;
    const buttons = (await overlay.locator('.platform-overlay-buttons').boundingBox())!;
    // The button column takes the right 15 % of the frame.
    expect(buttons.x + buttons.width).toBeCloseTo(frame.x + frame.width, 0);
    expect(buttons.width / frame.width).toBeCloseTo(0.15, 2);
    await page.getByTestId('preview-overlay-toggle').click();
    expect(await page.getByTestId('platform-overlay').count()).toBe(0);
  }, 30_000);
});
