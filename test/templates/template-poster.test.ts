// Poster frames for the Templates gallery: rendered by the real FFmpeg renderer from the sample
// script, cached by template content in `<data dir>/template-posters`.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { meanRgb } from '../support/media-tools.js';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from '../security/page-attacker.js';

/** Mean colour of the top strip of a JPEG poster (background only). */
function topStrip(path: string): [number, number, number] {
  const width = 54;
  // No -ss: seeking to 0 in a lone JPEG yields no frame with this ffmpeg.
  const rgb = execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    path,
    '-vf',
    `scale=${width}:96`,
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-',
  ]);
  return meanRgb(rgb.subarray(0, width * 8 * 3));
}

describe('templates.poster', () => {
  let page: PageAttacker;
  afterEach(() => page.close());

  it('renders each template once, and a recoloured template gets a new poster in its colours', async () => {
    page = await startPageAttacker('ipc');
    const poster = async (id: string) => {
      const result = (await page.call('templates.poster', { id })) as {
        ok: boolean;
        value: { dataUrl: string };
      };
      expect(result).toMatchObject({ ok: true });
      const file = join(page.fixture.dataDir, `${id}-poster.jpg`);
      writeFileSync(
        file,
        Buffer.from(result.value.dataUrl.replace(/^data:image\/jpeg;base64,/, ''), 'base64'),
      );
      return file;
    };
    const fire = await poster('fire');
    const cacheDir = join(page.fixture.dataDir, 'template-posters');
    expect(readdirSync(cacheDir)).toHaveLength(1);
    await poster('fire');
    expect(readdirSync(cacheDir)).toHaveLength(1);

    const exported = (await page.call('templates.export', { id: 'fire' })) as { value: { content: string } };
    const blue = JSON.parse(exported.value.content) as { palette: { background: string[] } };
    blue.palette.background = ['#1040e0', '#1040e0'];
    expect(await page.call('templates.save', { template: { ...blue, id: 'blue-fire' } })).toMatchObject({
      ok: true,
    });
    const bluePoster = await poster('blue-fire');
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.jpg'))).toHaveLength(2);
    const [fireColour, blueColour] = [topStrip(fire), topStrip(bluePoster)];
    expect(fireColour[0]).toBeGreaterThan(fireColour[2] + 60);
    expect(blueColour[2]).toBeGreaterThan(blueColour[0] + 60);
  }, 180_000);

  it('lays out the sample with an unsaved template for the live preview, and names a bad field', async () => {
    page = await startPageAttacker('loopback');
    const exported = (await page.call('templates.export', { id: 'fire' })) as { value: { content: string } };
    const draft = JSON.parse(exported.value.content) as { palette: { background: string[] } };
    draft.palette.background = ['#1040e0', '#2050f0'];
    const laidOut = (await page.call('templates.previewTimeline', { template: draft })) as {
      ok: boolean;
      value: { style: { palette: { background: string[] } }; scenes: unknown[] };
    };
    expect(laidOut).toMatchObject({ ok: true });
    expect(laidOut.value.style.palette.background).toEqual(['#1040e0', '#2050f0']);
    expect(laidOut.value.scenes.length).toBeGreaterThan(0);
    const bad = { ...draft, palette: { ...draft.palette, text: 'white' } };
    expect(await page.call('templates.previewTimeline', { template: bad })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-payload', message: expect.stringContaining('template.palette.text') },
    });
    // Nothing was saved by previewing.
    expect(readdirSync(page.fixture.dataDir)).not.toContain('templates');
  });

  it.each(PAGE_TRANSPORTS)('refuses an id that spells a path, over %s', async (transport) => {
    page = await startPageAttacker(transport);
    for (const id of ['../fire', '/etc/passwd', 'a/b', '..']) {
      expect(await page.call('templates.poster', { id })).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload' },
      });
    }
  });
});
