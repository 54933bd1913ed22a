// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { TemplatesView } from './TemplatesView.js';

afterEach(cleanup);

function apiWithTemplates() {
  const api = new FakeReelforgeApi();
  const user: ReelforgeTemplate[] = [];
  const entries = () => [
    ...BUILTIN_TEMPLATES.map((template) => ({ template, builtIn: true })),
    ...user.map((template) => ({ template, builtIn: false })),
  ];
  api.override('templates.list', () => ({ templates: entries(), problems: [] }));
  api.override('templates.duplicate', ({ id, newId }) => {
    const source = entries().find((e) => e.template.id === id)!;
    const template = { ...source.template, id: newId, name: `${source.template.name} (copy)` };
    user.push(template);
    return { template, builtIn: false };
  });
  api.override('templates.save', ({ template }) => {
    const saved = template as ReelforgeTemplate;
    user.splice(
      user.findIndex((t) => t.id === saved.id),
      1,
      saved,
    );
    return { template: saved, builtIn: false };
  });
  api.override('templates.import', () => {
    throw new Error('picked.json:line 7: palette.accent: a colour as #rrggbb');
  });
  return { api, user };
}

describe('TemplatesView', () => {
  it('shows every template with its look, built-ins marked and not editable', async () => {
    const { api } = apiWithTemplates();
    renderWithApi(<TemplatesView />, api);
    const cards = await screen.findAllByTestId('template-card');
    expect(cards).toHaveLength(BUILTIN_TEMPLATES.length);
    const fire = cards.find((c) => within(c).queryByText('fire'))!;
    expect(within(fire).getByText(/built in/)).toBeTruthy();
    expect(within(fire).queryByRole('button', { name: 'Edit' })).toBeNull();
    const swatch = within(fire).getByTestId('template-swatch');
    expect(swatch.style.color).toBeTruthy();
  });

  it('shows the poster frame main renders for each template', async () => {
    const { api } = apiWithTemplates();
    api.override('templates.poster', ({ id }) => ({ dataUrl: `data:image/jpeg;base64,${id}` }));
    renderWithApi(<TemplatesView />, api);
    const posters = await screen.findAllByTestId('template-poster');
    expect(posters).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(posters.map((p) => p.getAttribute('src'))).toContain('data:image/jpeg;base64,fire');
  });

  it('duplicates a built-in, edits its colours and saves the change', async () => {
    const { api, user } = apiWithTemplates();
    renderWithApi(<TemplatesView />, api);
    const cards = await screen.findAllByTestId('template-card');
    const fire = cards.find((c) => within(c).queryByText('fire'))!;
    fireEvent.click(within(fire).getByRole('button', { name: 'Duplicate' }));
    const editor = await screen.findByTestId('template-editor');
    expect(api.calls.some((c) => c.name === 'templates.duplicate')).toBe(true);
    fireEvent.change(within(editor).getByLabelText('Accent colour'), { target: { value: '#00ff00' } });
    fireEvent.change(within(editor).getByLabelText('Background'), { target: { value: 'solid' } });
    fireEvent.change(within(editor).getByLabelText('hook position'), { target: { value: 'top' } });
    fireEvent.change(within(editor).getByLabelText('hook size (largest, × default)'), {
      target: { value: '0.8' },
    });
    // The live preview follows the edit: main lays out the sample with the draft.
    await waitFor(() =>
      expect(
        api
          .callsTo('templates.previewTimeline')
          .some((c) => (c.template as ReelforgeTemplate).palette.accent === '#00ff00'),
      ).toBe(true),
    );
    fireEvent.click(within(editor).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(user[0]?.palette.accent).toBe('#00ff00'));
    expect(user[0]).toMatchObject({
      id: 'fire-copy',
      background: { kind: 'solid' },
      roles: { hook: { position: 'top', size: { min: 0.8, max: 0.8 } } },
    });
  });

  it('shows an import error naming the field', async () => {
    const { api } = apiWithTemplates();
    renderWithApi(<TemplatesView />, api);
    await screen.findAllByTestId('template-card');
    const input = screen.getByLabelText('Import template file') as HTMLInputElement;
    const file = new File(['{}'], 'picked.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    const alert = await screen.findByTestId('templates-error');
    expect(alert.textContent).toContain('palette.accent: a colour as #rrggbb');
  });
});
