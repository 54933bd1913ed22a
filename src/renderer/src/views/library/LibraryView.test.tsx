// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Shell } from '../../app/Shell.js';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeEntry, makeInvalidEntry } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { LibraryView } from './LibraryView.js';

afterEach(cleanup);

describe('LibraryView', () => {
  it('shows valid and invalid entries side by side, with every issue of the invalid one', async () => {
    const api = new FakeReelforgeApi({ entries: [makeEntry(), makeInvalidEntry()] });
    renderWithApi(<LibraryView />, api);

    const rows = await screen.findAllByTestId('library-entry');
    expect(rows).toHaveLength(2);
    const valid = rows.find((r) => r.dataset.status === 'valid')!;
    const invalid = rows.find((r) => r.dataset.status === 'invalid')!;
    expect(within(valid).getByText('Calm mornings')).toBeTruthy();
    expect(within(valid).getByText('json')).toBeTruthy();
    expect(within(valid).getByText('Water')).toBeTruthy();

    const issues = within(invalid).getAllByTestId('entry-issue');
    expect(issues.map((i) => i.textContent)).toEqual([
      'broken.md:3hookhook is 180 characters; the fire channel allows 150',
      'broken.md:7mainPointsat least 1 main point is required',
    ]);
    // Invalid scripts cannot be selected for rendering; valid ones can.
    expect((within(invalid).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);
    expect((within(valid).getByRole('checkbox') as HTMLInputElement).disabled).toBe(false);
  });

  it('shows the drop hint when empty and applies live library events', async () => {
    const api = new FakeReelforgeApi();
    renderWithApi(<LibraryView />, api);
    expect(await screen.findByTestId('library-empty')).toBeTruthy();

    act(() =>
      api.emit('library', { type: 'entry-updated', entry: makeEntry({ id: 'live', name: 'live.txt' }) }),
    );
    expect(await screen.findByText('live.txt')).toBeTruthy();
    act(() => api.emit('library', { type: 'entry-removed', id: 'live' }));
    await waitFor(() => expect(screen.queryByText('live.txt')).toBeNull());
  });

  it('lists valid scripts first, and filters and sorts as the user chooses', async () => {
    const api = new FakeReelforgeApi({
      entries: [
        makeInvalidEntry({ id: 'bad', name: 'a-broken.md' }),
        makeEntry({ id: 'good', name: 'z-good.json' }),
      ],
    });
    const user = userEvent.setup();
    renderWithApi(<LibraryView />, api);
    await screen.findAllByTestId('library-entry');
    const shown = () => screen.getAllByTestId('library-entry').map((r) => r.dataset.status);
    expect(shown()).toEqual(['valid', 'invalid']);
    await user.selectOptions(screen.getByTestId('library-filter'), 'problems');
    expect(shown()).toEqual(['invalid']);
    await user.selectOptions(screen.getByTestId('library-filter'), 'all');
    await user.selectOptions(screen.getByTestId('library-sort'), 'name');
    expect(shown()).toEqual(['invalid', 'valid']);
  });

  it('opens a script at the top of its page, and the sidebar’s Library goes back to the list', async () => {
    const api = new FakeReelforgeApi({ entries: [makeEntry({ id: 'one', name: 'one.json' })] });
    const user = userEvent.setup();
    renderWithApi(<Shell />, api);
    await screen.findAllByTestId('library-entry');
    const content = screen.getByRole('main');
    content.scrollTop = 600;
    await user.click(screen.getByRole('button', { name: /^Open / }));
    expect(await screen.findByTestId('script-detail')).toBeTruthy();
    expect(content.scrollTop).toBe(0);
    await user.click(screen.getByTestId('nav-library'));
    expect(screen.queryByTestId('script-detail')).toBeNull();
    expect(screen.getAllByTestId('library-entry')).toHaveLength(1);
  });

  it('offers the bundled samples on first launch and lists them once added', async () => {
    const api = new FakeReelforgeApi();
    const user = userEvent.setup();
    renderWithApi(<LibraryView />, api);
    await screen.findByTestId('library-empty');
    await user.click(screen.getByRole('button', { name: 'Try a sample script' }));
    expect(api.callsTo('library.addSamples')).toEqual([{}]);
    expect(await screen.findByText('air-morning-clarity.json')).toBeTruthy();
    expect(screen.queryByTestId('library-empty')).toBeNull();
  });

  it('adds dropped files (anywhere on the window) through library.addFiles, keeping invalid ones visible', async () => {
    const api = new FakeReelforgeApi();
    renderWithApi(<Shell />, api);
    await screen.findByTestId('library-empty');

    const good = new File(['{"hook":"Hi"}'], 'good.json', { type: 'application/json' });
    const bad = new File(['INVALID'], 'bad.md', { type: 'text/markdown' });
    fireEvent.drop(screen.getByTestId('drop-zone'), {
      dataTransfer: { files: [good, bad], items: [], types: ['Files'] },
    });

    await waitFor(() => expect(api.callsTo('library.addFiles')).toHaveLength(1));
    expect(api.callsTo('library.addFiles')[0]).toEqual({
      files: [
        { name: 'good.json', content: '{"hook":"Hi"}' },
        { name: 'bad.md', content: 'INVALID' },
      ],
    });
    const rows = await screen.findAllByTestId('library-entry');
    expect(rows.map((r) => r.dataset.status)).toEqual(['valid', 'invalid']);
    expect(screen.getByText('hook is required')).toBeTruthy();
    expect((await screen.findByText('Added 2 scripts')).closest('[data-testid="toast"]')).toBeTruthy();
  });

  it('falls back to the file picker in a browser and removes and re-imports entries', async () => {
    const api = new FakeReelforgeApi({ entries: [makeEntry()] });
    const user = userEvent.setup();
    renderWithApi(<LibraryView />, api);
    await screen.findByTestId('library-entry');

    await user.upload(
      screen.getByTestId('file-input'),
      new File(['text'], 'picked.txt', { type: 'text/plain' }),
    );
    await waitFor(() =>
      expect(api.callsTo('library.addFiles')).toEqual([{ files: [{ name: 'picked.txt', content: 'text' }] }]),
    );
    expect(api.callsTo('library.openDialog')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Re-import calm.json' }));
    await waitFor(() => expect(api.callsTo('library.reimport')).toEqual([{ id: 'entry-1' }]));
    await user.click(screen.getByRole('button', { name: 'Remove calm.json' }));
    await waitFor(() => expect(screen.queryByText('calm.json')).toBeNull());
    expect(api.callsTo('library.remove')).toEqual([{ id: 'entry-1' }]);
  });

  it('uses the native dialog on the desktop', async () => {
    const api = new FakeReelforgeApi({
      appInfo: { ...new FakeReelforgeApi().appInfo, canRevealFiles: true },
    });
    api.override('library.openDialog', () => [makeEntry({ id: 'opened', name: 'opened.json' })]);
    renderWithApi(<LibraryView />, api);
    await userEvent.setup().click(await screen.findByTestId('open-scripts'));
    expect(await screen.findByText('opened.json')).toBeTruthy();
  });

  it('batch-renders the selected valid scripts', async () => {
    const api = new FakeReelforgeApi({
      entries: [
        makeEntry({ id: 'a', name: 'a.json' }),
        makeEntry({ id: 'b', name: 'b.json' }),
        makeInvalidEntry(),
      ],
    });
    const user = userEvent.setup();
    const { navigate } = renderWithApi(<LibraryView />, api);
    await screen.findAllByTestId('library-entry');

    await user.click(screen.getByRole('checkbox', { name: 'Select a.json for batch render' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select b.json for batch render' }));
    const bar = screen.getByTestId('batch-bar');
    const render = within(bar).getByTestId('render-button');
    await waitFor(() => expect((render as HTMLButtonElement).disabled).toBe(false));
    expect(render.textContent).toBe('Render 2 videos');
    await user.click(render);
    await waitFor(() => expect(api.callsTo('jobs.enqueue')).toHaveLength(1));
    expect(api.callsTo('jobs.enqueue')[0]).toMatchObject({ libraryIds: ['a', 'b'] });
    expect(navigate).toHaveBeenCalledWith('queue');
  });
});
