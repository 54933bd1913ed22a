// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { templateSchema, type ReelforgeTemplate } from '#core/templates/template-schema.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { TemplateEditor } from './TemplateEditor.js';

afterEach(cleanup);

const mine: ReelforgeTemplate = {
  ...BUILTIN_TEMPLATES.find((t) => t.id === 'water')!,
  id: 'mine',
  name: 'Mine',
};

function openEditor(initial = mine) {
  const api = new FakeReelforgeApi();
  const added: { use: string; name: string; bytes: string }[] = [];
  api.override('templates.addFile', ({ id, use, upload }) => {
    const name = upload!.name;
    added.push({ use, name, bytes: atob(upload!.dataBase64) });
    if (name.startsWith('bad')) throw new Error(`${use}: ${name}: not an image ffprobe can read`);
    return {
      file: `${id}.files/${name}`,
      ...(use === 'background'
        ? { kind: name.endsWith('.mp4') ? ('video' as const) : ('image' as const) }
        : {}),
    };
  });
  const onSave = vi.fn(async (_template: ReelforgeTemplate) => undefined);
  renderWithApi(<TemplateEditor initial={initial} onSave={onSave} onClose={() => undefined} />, api);
  const editor = screen.getByTestId('template-editor');
  const field = (label: string) => within(editor).getByLabelText(label);
  const change = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });
  const pick = (label: string, name: string, text = 'file bytes') =>
    fireEvent.change(field(label), { target: { files: [new File([text], name)] } });
  const saved = async (): Promise<ReelforgeTemplate> => {
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled());
    return onSave.mock.calls.at(-1)![0];
  };
  return { api, added, editor, field, change, pick, saved };
}

describe('TemplateEditor', () => {
  it("edits every role's look, the motion, captions and music, and saves a template main accepts", async () => {
    const { change, field, saved } = openEditor();
    change('point weight', '800');
    change('point alignment', 'left');
    change('cta entrance', 'burst');
    change('hook caption emphasis', 'underline');
    change('hook size (largest, × default)', '1.6');
    change('hook size (smallest, × default)', '1.2');
    change('Transition', 'wipe');
    change('Transition seconds', '0.6');
    change('Caption style', 'plain');
    fireEvent.click(field('Set the music level'));
    change('Music volume (0–1)', '0.4');
    // Water sets its own caption highlight; a template without one gets the box ticked here.
    if (!(field('Custom caption highlight') as HTMLInputElement).checked)
      fireEvent.click(field('Custom caption highlight'));
    change('Caption highlight', '#ff0088');
    const template = await saved();
    expect(template).toMatchObject({
      roles: {
        hook: { emphasis: 'underline', size: { min: 1.2, max: 1.6 } },
        point: { weight: 800, align: 'left' },
        cta: { entrance: 'burst' },
      },
      transition: { kind: 'wipe', seconds: 0.6 },
      captions: { style: 'plain' },
      music: { volume: 0.4 },
      palette: { primary: '#ff0088' },
    });
    expect(templateSchema.safeParse(template).success).toBe(true);
  });

  it('never lets the smallest size pass the largest', () => {
    const { change, field } = openEditor();
    change('point size (largest, × default)', '0.8');
    expect((field('point size (smallest, × default)') as HTMLInputElement).value).toBe(
      String(Math.min(mine.roles.point.size.min, 0.8)),
    );
    change('point size (smallest, × default)', '2');
    expect((field('point size (largest, × default)') as HTMLInputElement).value).toBe('2');
  });

  it('keeps Save off until a picture background has its file, then sends the picked bytes', async () => {
    const { change, editor, pick, added, saved } = openEditor();
    change('Background', 'image');
    const save = within(editor).getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(screen.getByTestId('template-draft-problem').textContent).toMatch(/Choose the picture/);
    pick('Choose picture…', 'sky.png', 'PNG bytes');
    await waitFor(() =>
      expect(screen.getByTestId('template-background-file').textContent).toBe('mine.files/sky.png'),
    );
    expect(added).toEqual([{ use: 'background', name: 'sky.png', bytes: 'PNG bytes' }]);
    change('Blur (px of a 1080 px frame)', '12');
    change('Dim (0 none – 1 black)', '0.35');
    expect(save.disabled).toBe(false);
    expect((await saved()).background).toEqual({
      kind: 'image',
      file: 'mine.files/sky.png',
      blur: 12,
      dim: 0.35,
    });
  });

  it("adds a font file under the family typed, offers it for heading and body, and shows main's refusal", async () => {
    const { change, pick, saved, editor } = openEditor();
    change("New font's name", 'Poster Face');
    pick('Add font file…', 'poster.otf');
    await waitFor(() => expect(within(editor).getByText('Poster Face', { selector: 'strong' })).toBeTruthy());
    change('Heading font', 'Poster Face');
    pick('Add logo…', 'bad-logo.png');
    expect((await within(editor).findByRole('alert')).textContent).toContain(
      'logo: bad-logo.png: not an image',
    );
    pick('Add logo…', 'logo.png');
    await waitFor(() =>
      expect(screen.getByTestId('template-logo-file').textContent).toContain('mine.files/logo.png'),
    );
    change('Logo position', 'bottom-left');
    const template = await saved();
    expect(template.fonts).toMatchObject({
      heading: 'Poster Face',
      files: [{ family: 'Poster Face', file: 'mine.files/poster.otf' }],
    });
    expect(template.logo).toEqual({ file: 'mine.files/logo.png', position: 'bottom-left' });
    expect(templateSchema.safeParse(template).success).toBe(true);
  });

  it('adds and removes gradient stops within one to six', () => {
    const { editor } = openEditor({ ...mine, palette: { ...mine.palette, background: ['#000000'] } });
    expect(within(editor).queryByRole('button', { name: 'Remove background colour 1' })).toBeNull();
    const add = within(editor).getByRole('button', { name: 'Add background colour' });
    for (let i = 0; i < 5; i++) fireEvent.click(add);
    expect(within(editor).queryByRole('button', { name: 'Add background colour' })).toBeNull();
    fireEvent.click(within(editor).getByRole('button', { name: 'Remove background colour 6' }));
    expect(within(editor).getAllByLabelText(/^Background colour \d$/)).toHaveLength(5);
  });
});
