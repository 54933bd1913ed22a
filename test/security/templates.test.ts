// The Templates view's calls: the page names templates by id only, sends an imported file's text
// and gets an export back as text. It must not read or write any file outside
// `<data dir>/templates`, overwrite a built-in, or climb out of the folder with a crafted id.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TRANSPORTS, startPageAttacker, type PageAttacker } from './page-attacker.js';

const TRAVERSING_IDS = [
  '../secret',
  '..',
  'a/b',
  '/etc/passwd',
  'x\\..\\y',
  'UPPER',
  '.hidden',
  'a'.repeat(64),
];

/** A real PNG just outside the templates folder: the picture an attacker would want back. */
function plantSecretPicture(dataDir: string): Buffer {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
    'base64',
  );
  writeFileSync(join(dataDir, 'secret.png'), png);
  return png;
}

describe.each(PAGE_TRANSPORTS)('templates calls, over %s', (transport) => {
  let page: PageAttacker;

  /**
   * Import (claiming a file name next to the secret: the page's word, never read beside), save and
   * preview all refuse `template`, naming the field, and no answer carries the secret picture.
   */
  const expectRefusedEverywhere = async (template: object, field: RegExp, secret: Buffer) => {
    for (const [name, payload] of [
      ['templates.import', { name: join(page.fixture.dataDir, 'x.json'), content: JSON.stringify(template) }],
      ['templates.save', { template }],
      ['templates.previewTimeline', { template }],
    ] as const) {
      const result = await page.call(name, payload);
      expect(result, `${name} ${JSON.stringify(template)}`).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(field) },
      });
      expect(JSON.stringify(result)).not.toContain(secret.toString('base64'));
    }
  };
  afterEach(() => page.close());

  const templatesDir = () => join(page.fixture.dataDir, 'templates');
  const exported = async (id: string) => {
    const result = (await page.call('templates.export', { id })) as { ok: true; value: { content: string } };
    expect(result).toMatchObject({ ok: true });
    return JSON.parse(result.value.content) as Record<string, unknown>;
  };

  it('lists, duplicates, saves and imports user templates inside the data folder only', async () => {
    page = await startPageAttacker(transport);
    const fire = await exported('fire');
    expect(await page.call('templates.duplicate', { id: 'fire', newId: 'my-fire' })).toMatchObject({
      ok: true,
      value: { builtIn: false, template: { id: 'my-fire' } },
    });
    const changed = {
      ...fire,
      id: 'my-fire',
      palette: { ...(fire['palette'] as object), accent: '#00ff00' },
    };
    expect(await page.call('templates.save', { template: changed })).toMatchObject({ ok: true });
    expect(await exported('my-fire')).toMatchObject({ palette: { accent: '#00ff00' } });
    const imported = await page.call('templates.import', {
      name: 'picked.json',
      content: JSON.stringify(fire),
      id: 'imported-fire',
    });
    expect(imported).toMatchObject({ ok: true, value: { template: { id: 'imported-fire' } } });
    expect(readdirSync(templatesDir()).sort()).toEqual(['imported-fire.json', 'my-fire.json']);
    const listed = (await page.call('templates.list', {})) as {
      ok: true;
      value: { templates: { template: { id: string } }[] };
    };
    expect(listed.value.templates.map((t) => t.template.id)).toEqual([
      'air',
      'water',
      'earth',
      'fire',
      'imported-fire',
      'my-fire',
    ]);
  });

  it('refuses ids that spell a path, on every call, and writes nothing', async () => {
    page = await startPageAttacker(transport);
    const outside = join(page.fixture.dataDir, 'secret.json');
    writeFileSync(outside, '{"keep": true}');
    const fire = await exported('fire');
    for (const id of TRAVERSING_IDS) {
      for (const [name, payload] of [
        ['templates.get', { id }],
        ['templates.export', { id }],
        ['templates.duplicate', { id: 'fire', newId: id }],
        ['templates.duplicate', { id, newId: 'fine-id' }],
        ['templates.import', { name: 'x.json', content: JSON.stringify(fire), id }],
      ] as const) {
        expect(await page.call(name, payload), `${name} ${id}`).toMatchObject({
          ok: false,
          error: { kind: 'invalid-payload' },
        });
      }
      // A traversing id inside the template itself, for save and import.
      expect(await page.call('templates.save', { template: { ...fire, id } }), id).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload', message: expect.stringContaining('template.id') },
      });
      expect(
        await page.call('templates.import', { name: 'x.json', content: JSON.stringify({ ...fire, id }) }),
        id,
      ).toMatchObject({
        ok: false,
        error: { kind: 'invalid-payload', message: expect.stringContaining('id') },
      });
    }
    expect(readFileSync(outside, 'utf8')).toBe('{"keep": true}');
    expect(existsSync(templatesDir()) ? readdirSync(templatesDir()) : []).toEqual([]);
  });

  it('never overwrites a built-in template', async () => {
    page = await startPageAttacker(transport);
    const fire = await exported('fire');
    const recoloured = { ...fire, palette: { ...(fire['palette'] as object), accent: '#00ff00' } };
    expect(await page.call('templates.save', { template: recoloured })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(
      await page.call('templates.import', { name: 'fire.json', content: JSON.stringify(recoloured) }),
    ).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await page.call('templates.duplicate', { id: 'air', newId: 'fire' })).toMatchObject({
      ok: false,
    });
    expect(await exported('fire')).toEqual(fire);
    expect(existsSync(templatesDir()) ? readdirSync(templatesDir()) : []).toEqual([]);
  });

  it('reports a bad imported template naming the field and line, and saves nothing', async () => {
    page = await startPageAttacker(transport);
    const text = JSON.stringify(await exported('fire'), null, 2).replace(
      '"accent": "#facc15"',
      '"accent": "yellow"',
    );
    const line = text.slice(0, text.indexOf('"yellow"')).split('\n').length;
    expect(
      await page.call('templates.import', { name: 'mine.json', content: text, id: 'mine' }),
    ).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid-payload',
        message: `mine.json:line ${line}: palette.accent: a colour as #rrggbb`,
      },
    });
    expect(existsSync(templatesDir()) ? readdirSync(templatesDir()) : []).toEqual([]);
  });

  it('never reads a logo outside the templates folder, whatever file name the page claims', async () => {
    page = await startPageAttacker(transport);
    const png = plantSecretPicture(page.fixture.dataDir);
    const fire = await exported('fire');
    for (const file of ['../secret.png', join(page.fixture.dataDir, 'secret.png'), 'secret.png']) {
      const template = { ...fire, id: 'logo-grab', logo: { file, position: 'top-left' } };
      await expectRefusedEverywhere(template, /logo\.file/, png);
    }
    expect(existsSync(templatesDir()) ? readdirSync(templatesDir()) : []).toEqual([]);
  });

  it('never reads a background picture or a font file outside the templates folder', async () => {
    page = await startPageAttacker(transport);
    const png = plantSecretPicture(page.fixture.dataDir);
    const fire = await exported('fire');
    const attacks = [
      { ...fire, id: 'bg-grab', background: { kind: 'image', file: '../secret.png' } },
      {
        ...fire,
        id: 'bg-grab',
        background: { kind: 'image', file: join(page.fixture.dataDir, 'secret.png') },
      },
      {
        ...fire,
        id: 'font-grab',
        fonts: { heading: 'X', body: 'X', files: [{ family: 'X', file: '../x.ttf' }] },
      },
    ];
    for (const template of attacks) {
      await expectRefusedEverywhere(template, /background\.file|fonts\.files\[0\]\.file/, png);
    }
    expect(existsSync(templatesDir()) ? readdirSync(templatesDir()) : []).toEqual([]);
  });
});
