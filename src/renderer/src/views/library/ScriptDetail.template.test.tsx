// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeEntry } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { ScriptDetail } from './ScriptDetail.js';

afterEach(cleanup);

function apiWithTemplates() {
  const api = new FakeReelforgeApi({ entries: [makeEntry()] });
  const mine = { ...BUILTIN_TEMPLATES[3]!, id: 'my-fire', name: 'My fire' };
  api.override('templates.list', () => ({
    templates: [
      ...BUILTIN_TEMPLATES.map((template) => ({ template, builtIn: true })),
      { template: mine, builtIn: false },
    ],
    problems: [],
  }));
  return api;
}

describe('the render form template choice', () => {
  it('leaves the template to the script unless one is picked', async () => {
    const api = apiWithTemplates();
    const user = userEvent.setup();
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, api);
    const button = screen.getByTestId('render-button') as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    await user.click(button);
    await waitFor(() => expect(api.callsTo('jobs.enqueue')).toHaveLength(1));
    expect(api.callsTo('jobs.enqueue')[0]).not.toHaveProperty('template');
  });

  it('sends the user template picked in the form', async () => {
    const api = apiWithTemplates();
    const user = userEvent.setup();
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, api);
    const select = screen.getByTestId('render-template');
    await waitFor(() =>
      expect(within(select).getAllByRole('option')).toHaveLength(BUILTIN_TEMPLATES.length + 2),
    );
    await user.selectOptions(select, 'my-fire');
    const button = screen.getByTestId('render-button') as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    await user.click(button);
    await waitFor(() => expect(api.callsTo('jobs.enqueue')).toHaveLength(1));
    expect(api.callsTo('jobs.enqueue')[0]).toMatchObject({ template: 'my-fire' });
  });
});
