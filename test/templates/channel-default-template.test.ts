import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../src/core/templates/builtin-templates.js';
import { TemplateStore, templateToText } from '../../src/main/infrastructure/templates/index.js';
import { useCliDataDir } from '../support/cli-data-dir.js';
import { mockDesktopRuntimeOver } from '../support/mock-desktop-runtime.js';
import { grabRgb, meanRgb } from '../support/media-tools.js';
import { jsonLines, runCli } from '../support/run-cli.js';

// A channel names its default template in config (`channels.<id>.template`): the CLI render, the
// service every renderer is fed by and the desktop library's preview all lay the script out with it.

const data = useCliDataDir();
const BLUE = '#1040e0';

function script(name: string, channel: string, fields: Record<string, unknown> = {}): string {
  const body = {
    channel,
    topic: 'Defaults',
    hook: 'Start now.',
    main_points: ['One step.'],
    call_to_action: 'Go.',
  };
  const path = join(data.path, name);
  writeFileSync(path, `${JSON.stringify({ ...body, ...fields }, null, 2)}\n`);
  return path;
}

beforeAll(() => {
  const fire = BUILTIN_TEMPLATES.find((t) => t.id === 'fire')!;
  const blue = { ...fire, id: 'my-blue', palette: { ...fire.palette, background: [BLUE, BLUE] } };
  new TemplateStore(join(data.path, 'templates')).import(
    templateToText({ ...blue, background: { kind: 'solid' } }),
    'my-blue.json',
  );
  writeFileSync(
    join(data.path, 'config.json'),
    JSON.stringify({
      channels: {
        // A channel that exists only in config: its template is its look.
        brand: { template: 'my-blue' },
        fire: { template: 'my-blue' },
        ghost: { template: 'gone' },
      },
    }),
  );
});

describe('the CLI', () => {
  it('renders a script that names no template with its channel’s template (FFmpeg)', async () => {
    const run = await runCli(
      ['render', script('brand.json', 'brand'), '--provider', 'ffmpeg', '--quality', 'draft', '--json'],
      data.env,
    );
    expect([run.code, run.stderr]).toEqual([0, '']);
    const [job] = jsonLines(run.stdout);
    const [width, height] = [54, 96];
    const top = meanRgb(grabRgb(String(job!['outputPath']), 1, width, height).subarray(0, width * 8 * 3));
    // #1040e0 under the FFmpeg background's glows and vignette: blue dominates.
    expect(top[2]).toBeGreaterThan(top[0] + 60);
  }, 120_000);

  it('names the setting when the channel’s template does not exist', async () => {
    const run = await runCli(['render', script('ghost.json', 'ghost'), '--estimate'], data.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'config channels.ghost.template: unknown template "gone"; known templates: air, water, earth, fire, my-blue',
    );
  });
});

describe('the service and the desktop preview', () => {
  const runtime = mockDesktopRuntimeOver(() => data.path);

  it('lay the script out with the channel’s template, under the script’s and --template', async () => {
    const path = script('fire.json', 'fire');
    const prepared = await runtime().service.prepare({ kind: 'file', path });
    expect(prepared.timeline.style).toMatchObject({
      templateId: 'my-blue',
      palette: { background: [BLUE, BLUE] },
    });
    const named = await runtime().service.prepare({
      kind: 'file',
      path: script('named.json', 'fire', { template: 'earth' }),
    });
    expect(named.timeline.style.templateId).toBe('earth');
    const chosen = await runtime().service.prepare({ kind: 'file', path }, undefined, 'water');
    expect(chosen.timeline.style.templateId).toBe('water');

    const entry = await runtime().handlers['library.check']({
      name: 'brand.json',
      content: '{"channel":"brand","topic":"t","hook":"h","main_points":["p"],"call_to_action":"c"}',
    });
    expect(entry.status).toBe('valid');
    expect(entry.timeline?.style).toMatchObject({
      templateId: 'my-blue',
      palette: { background: [BLUE, BLUE] },
    });
  });
});
