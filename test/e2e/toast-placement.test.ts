import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissingReason, launchChromium } from './support/chromium.js';

// Issue #18: the "Settings saved" toast covered the Save button. Chromium lays out the app's own
// stylesheet with the settings' save bar and a toast, at the window size the new user had.

const missing = chromiumMissingReason();
const styles = readFileSync(join(import.meta.dirname, '../../src/renderer/src/styles.css'), 'utf8');

const page = (withSaveBar: boolean) => `<!doctype html><html><head><style>${styles}</style></head><body>
  <div class="app"><aside class="sidebar"></aside><div class="main-column"><main class="content">
    <form class="settings"><div style="height: 1600px"></div>
      ${withSaveBar ? '<div class="save-bar"><button type="submit" class="button primary" id="save">Save changes</button></div>' : ''}
    </form>
  </main></div></div>
  <div class="toasts"><div class="toast" id="toast"><div><strong>Settings saved</strong></div></div></div>
</body></html>`;

describe.skipIf(missing !== undefined)('toasts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never cover the Save button of a view with a save bar', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await tab.setContent(page(true));
    const save = (await tab.locator('#save').boundingBox())!;
    const toast = (await tab.locator('#toast').boundingBox())!;
    const overlaps =
      toast.x < save.x + save.width &&
      save.x < toast.x + toast.width &&
      toast.y < save.y + save.height &&
      save.y < toast.y + toast.height;
    expect(save.y + save.height).toBeLessThanOrEqual(800);
    expect(overlaps).toBe(false);
    // Elsewhere toasts stay in the corner.
    await tab.setContent(page(false));
    const corner = (await tab.locator('#toast').boundingBox())!;
    expect(800 - (corner.y + corner.height)).toBeLessThan(30);
  }, 30_000);
});
