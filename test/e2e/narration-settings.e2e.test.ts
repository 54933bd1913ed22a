// Issue 17's Settings walk in the desktop UI (built React renderer in headless Chromium against the
// real backend): the Narration panel lists the voice providers with their availability, a default
// voice chosen there is saved to config.json, still chosen after a reload, and a render from the
// library form (FFmpeg, draft) is narrated by it: the job names the voice, .vtt/.srt lie beside it.
import { existsSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WebApp } from '../../src/main/presentation/loopback/index.js';
import type { VideoJob } from '../../src/main/application/job.js';
import { chromiumMissingReason } from './support/chromium.js';
import { jobIds, useWebAppPage } from './support/web-app-harness.js';
import { jsonScript } from '../support/json-script.js';
import { probe } from '../support/media-tools.js';

/** The Length column of a Scenes table, as shown ("1.23 s" → "1.23"). */
async function sceneLengths(scope: Locator): Promise<string[]> {
  const rows = scope.getByRole('table', { name: 'Scenes' }).getByTestId('scene-row');
  return (await rows.locator('td:nth-child(5)').allInnerTexts()).map((text) => text.replace(/\s*s$/, ''));
}

const POLL = { timeout: 20_000, interval: 100 } as const;
const SCRIPT_NAME = 'spoken-tip.json';
const SCRIPT = JSON.stringify(
  jsonScript({ channel: 'air', topic: 'Breathe' }, [
    'Breathe in slowly.',
    'Hold it for four.',
    'Follow for more.',
  ]),
);

const missing =
  chromiumMissingReason() ?? (existsSync('/usr/bin/espeak-ng') ? undefined : 'espeak-ng is not installed');
if (missing) console.warn(`[e2e] narration settings walk skipped: ${missing}`);

describe.skipIf(missing !== undefined)('narration settings in the desktop UI', () => {
  const web = useWebAppPage({
    width: 1280,
    height: 900,
    timeoutMs: 20_000,
    prepare: async (app) => {
      await app.runtime.library.addFiles([{ name: SCRIPT_NAME, content: SCRIPT }]);
    },
    ready: async () => undefined,
  });
  let page: Page;
  beforeAll(() => {
    page = web.page;
  });
  const pageErrors = web.pageErrors;
  const running = (): WebApp => web.app;

  const openSettings = async () => {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-view').waitFor();
    await page.getByTestId('narration-default-voice').waitFor();
  };

  it('chooses a default voice, saves it, and it is still chosen after a reload', async () => {
    await openSettings();
    const panel = page.getByTestId('narration-settings');
    await expect
      .poll(() => panel.getByTestId('voice-provider-espeak-ng').innerText(), POLL)
      .toMatch(/✓ available/);
    expect(await panel.getByTestId('voice-provider-piper').innerText()).toMatch(/not configured/);
    expect(await panel.getByTestId('voice-provider-elevenlabs').innerText()).toMatch(/online.*no API key/s);
    // In a browser page piper's paths are shown, not editable, and no dialog is offered.
    expect(await panel.getByTestId('narration-piper-binaryPath').getAttribute('readonly')).not.toBeNull();
    expect(await panel.getByRole('button', { name: 'Choose…' }).count()).toBe(0);

    const select = panel.getByTestId('narration-default-voice');
    expect(await select.inputValue()).toBe('off');
    await select.selectOption('espeak-ng:en-gb');
    await panel.getByTestId('narration-save').click();
    await page.getByTestId('toast').filter({ hasText: 'Narration saved' }).waitFor();
    const file = JSON.parse(readFileSync(web.harness.configPath, 'utf8')) as {
      narration?: { default_voice?: string };
    };
    expect(file.narration?.default_voice).toBe('espeak-ng:en-gb');

    await page.reload();
    await openSettings();
    await expect
      .poll(() => page.getByTestId('narration-default-voice').inputValue(), POLL)
      .toBe('espeak-ng:en-gb');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('a render from the library form is narrated by that voice', async () => {
    await page.getByTestId('nav-library').click();
    await page.getByRole('button', { name: `Open ${SCRIPT_NAME}`, exact: true }).click();
    const detail = page.getByTestId('script-detail');
    await detail.waitFor();
    const button = detail.getByTestId('render-button');
    await expect.poll(() => button.isEnabled(), POLL).toBe(true);
    await expect.poll(() => detail.getByTestId('render-provider').inputValue(), POLL).toBe('ffmpeg');
    // The preview and the Scenes table take the timeline the render will have: spoken in main.
    await expect
      .poll(() => detail.locator('.script-preview').getAttribute('data-narration-timing'), POLL)
      .toBe('spoken');
    const previewed = await sceneLengths(detail);
    await detail.getByTestId('render-quality').selectOption('draft');
    const before = jobIds(running());
    await button.click();
    let job: VideoJob | undefined;
    await expect
      .poll(
        () => {
          job = running()
            .runtime.service.listJobs()
            .find((j) => !before.has(j.id));
          return job?.status;
        },
        { timeout: 150_000, interval: 250 },
      )
      .toBe('completed');
    const done = running().runtime.service.getJob(job!.id);
    expect(done.result?.details).toMatchObject({ narration: 'espeak-ng:en-gb' });
    // The render's scenes last what the preview showed, and the job (History's table) says so too.
    expect(done.timeline.scenes.map((s) => s.durationSeconds.toFixed(2))).toEqual(previewed);
    expect(done.timeline.narration?.voice).toBe('espeak-ng:en-gb');
    const total = done.timeline.durationSeconds;
    expect(Math.abs(probe(done.result!.outputPath).durationSeconds - total)).toBeLessThan(0.15);
    const sidecars = done.result?.extraFiles ?? [];
    expect(sidecars.map((path) => path.slice(path.lastIndexOf('.')))).toEqual(
      expect.arrayContaining(['.vtt', '.srt']),
    );
    for (const path of sidecars) expect(existsSync(path)).toBe(true);
    expect(
      readFileSync(
        sidecars.find((p) => p.endsWith('.vtt'))!,
        'utf8',
      ),
    ).toMatch(/Breathe/);
  }, 180_000);
});
