import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { grabRgb, meanRgb } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { SHORT_SCENES_CONFIG } from '../support/short-scenes.js';

const data = useCliDataDir();
beforeAll(() => {
  // Short scenes: the walk below renders with Remotion too.
  writeFileSync(join(data.path, 'config.json'), JSON.stringify(SHORT_SCENES_CONFIG));
});

/** A bold serif, so the heading font the walk sets is a file next to the template, not a shipped one. */
const SERIF = '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf';

function script(name: string, fields: Record<string, unknown> = {}): string {
  const path = join(data.path, name);
  const body = {
    channel: 'fire',
    topic: 'Templates',
    hook: 'Start now.',
    main_points: ['One step.'],
    call_to_action: 'Go.',
    ...fields,
  };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  return path;
}

/** Mean colour of a strip across the top of the frame at `seconds`: background only, no text. */
function topStripColour(video: string, seconds: number): [number, number, number] {
  const [width, height] = [54, 96];
  const rgb = grabRgb(video, seconds, width, height);
  return meanRgb(rgb.subarray(0, width * 8 * 3));
}

describe('reelforge templates', () => {
  it('lists the built-in templates, one per channel', async () => {
    const run = await runCli(['templates', 'list', '--json'], data.env);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((t) => [t['id'], t['builtIn']])).toEqual([
      ['air', true],
      ['water', true],
      ['earth', true],
      ['fire', true],
    ]);
  });

  it('shows a template as JSON and refuses an unknown id', async () => {
    const show = await runCli(['templates', 'show', 'water'], data.env);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: 'water', palette: { text: '#ffffff' } });
    const unknown = await runCli(['templates', 'show', 'lava'], data.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown template "lava"; known templates: air, water, earth, fire');
  });

  it('refuses a bad template on import, naming file, field and line', async () => {
    const bad = join(data.path, 'bad.json');
    const exported = (await runCli(['templates', 'show', 'fire'], data.env)).stdout;
    const text = exported
      .replace('"accent": "#facc15"', '"accent": "yellow"')
      .replace('"text": "#ffffff"', '"text": "white"');
    writeFileSync(bad, text);
    const lineOf = (value: string) => text.slice(0, text.indexOf(value)).split('\n').length;
    const run = await runCli(['templates', 'import', bad, '--id', 'broken'], data.env);
    expect(run.code).toBe(1);
    // Every problem, each on its own line with its own line number.
    expect(run.stderr).toContain(`${bad}:line ${lineOf('"yellow"')}: palette.accent: a colour as #rrggbb`);
    expect(run.stderr).toContain(`${bad}:line ${lineOf('"white"')}: palette.text: a colour as #rrggbb`);
    expect(run.stderr).not.toContain('more)');
    // Nothing was saved.
    expect((await runCli(['templates', 'list', '--json'], data.env)).stdout).not.toContain('broken');
  });

  it('refuses a script naming an unknown template, with file, field and line', async () => {
    const path = script('unknown-template.json', { template: 'lava' });
    const run = await runCli(['render', path, '--provider', 'mock', '--json'], data.env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('unknown-template.json:line 9: template: unknown template "lava"');
  });

  it.skipIf(!existsSync(SERIF))(
    'export → change colours and fonts → import under a new id → render with it (FFmpeg and Remotion): the look changes',
    async () => {
      const exported = join(data.path, 'fire-export.json');
      const exportRun = await runCli(['templates', 'export', 'fire', exported], data.env);
      expect(exportRun.code).toBe(0);
      const template = JSON.parse(readFileSync(exported, 'utf8')) as {
        palette: { background: string[] };
        background: { kind: string };
        fonts: { heading: string; body: string; files?: { family: string; file: string }[] };
      };
      template.palette.background = ['#1040e0', '#1040e0'];
      template.background.kind = 'solid';
      // The heading in a font file put next to the exported template.
      mkdirSync(join(data.path, 'fonts'), { recursive: true });
      copyFileSync(SERIF, join(data.path, 'fonts', 'brand.ttf'));
      template.fonts = {
        ...template.fonts,
        heading: 'Brand Serif',
        files: [{ family: 'Brand Serif', file: 'fonts/brand.ttf' }],
      };
      writeFileSync(exported, JSON.stringify(template, null, 2));

      const imported = await runCli(['templates', 'import', exported, '--id', 'blue-fire'], data.env);
      expect([imported.code, imported.stderr]).toEqual([0, '']);
      expect(imported.stdout).toContain('imported template "blue-fire"');
      const again = await runCli(['templates', 'import', exported, '--id', 'blue-fire'], data.env);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('already exists');
      const list = jsonLines((await runCli(['templates', 'list', '--json'], data.env)).stdout);
      expect(list.find((t) => t['id'] === 'blue-fire')).toMatchObject({ builtIn: false });
      // The import is what export wrote for it (round trip), the font file copied in beside it.
      const shown = await runCli(['templates', 'show', 'blue-fire'], data.env);
      const fontCopy = 'blue-fire.files/brand.ttf';
      expect(JSON.parse(shown.stdout)).toEqual({
        ...template,
        id: 'blue-fire',
        fonts: { ...template.fonts, files: [{ family: 'Brand Serif', file: fontCopy }] },
      });

      const path = script('with-template.json', { template: 'fire' });
      const render = async (provider: string, extra: string[]) => {
        const run = await runCli(
          ['render', path, '--provider', provider, '--quality', 'draft', '--json', ...extra],
          data.env,
        );
        expect([run.code, run.stderr]).toEqual([0, '']);
        const [job] = jsonLines(run.stdout);
        expect(job).toMatchObject({ status: 'completed' });
        return String(job!['outputPath']);
      };
      // What every renderer is given: the template's heading family, from the copied file.
      const manifest = JSON.parse(
        readFileSync(await render('mock', ['--template', 'blue-fire']), 'utf8'),
      ) as {
        timeline: { style: { fonts: { heading: string }; fontFiles: { family: string; path: string }[] } };
      };
      expect(manifest.timeline.style.fonts.heading).toBe('Brand Serif');
      expect(manifest.timeline.style.fontFiles).toEqual([
        { family: 'Brand Serif', path: join(data.path, 'templates', fontCopy) },
      ]);

      const fire = topStripColour(await render('ffmpeg', []), 1);
      // Fire's gradient is red; the user's template is blue (#1040e0 under the FFmpeg background's
      // glows and vignette, or Remotion's, so compared by which channel dominates, not to the exact value).
      expect(fire[0]).toBeGreaterThan(fire[2] + 60);
      for (const provider of ['ffmpeg', 'remotion']) {
        const blue = topStripColour(await render(provider, ['--template', 'blue-fire']), 1);
        expect(blue[2], provider).toBeGreaterThan(blue[0] + 60);
        expect(blue[2], provider).toBeGreaterThan(fire[2] + 60);
      }
    },
    240_000,
  );
});
