// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeEntry, makeInvalidEntry, SETTINGS, WATER } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { ScriptDetail } from './ScriptDetail.js';

afterEach(cleanup);

describe('ScriptDetail', () => {
  it('shows the script, its scenes with timings, the channel style and a playing preview', async () => {
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />);
    expect(screen.getByText('Your mind is a lake.', { selector: '.hook-text' })).toBeTruthy();
    const rows = screen.getAllByTestId('scene-row');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toContain('point 1');
    expect(rows[1]!.textContent).toContain('3.00 s');
    expect(rows[1]!.textContent).toContain('crossfade 0.5 s');
    const style = screen.getByRole('region', { name: 'Channel style' });
    expect(within(style).getByText(WATER.style.palette.primary)).toBeTruthy();
    expect(within(style).getByText(WATER.style.animation)).toBeTruthy();
    expect(within(style).getByText(`${WATER.style.wordsPerMinute} words/min`)).toBeTruthy();
    expect(screen.getByTestId('ffmpeg-preview').querySelector('[data-playing="true"]')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByTestId('render-button') as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it('sends the chosen options to jobs.enqueue, starting from the settings defaults', async () => {
    const api = new FakeReelforgeApi({ entries: [makeEntry()] });
    const user = userEvent.setup();
    const { navigate } = renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, api);
    const quality = screen.getByTestId('render-quality') as HTMLSelectElement;
    await waitFor(() => expect(quality.value).toBe(SETTINGS.global.defaultQuality));

    // Unavailable providers are listed but cannot be chosen, with the reason as their title.
    const remotion = within(screen.getByTestId('render-provider')).getByRole('option', {
      name: /Remotion/,
    }) as HTMLOptionElement;
    expect(remotion.disabled).toBe(true);
    expect(remotion.title).toBe('Remotion is disabled in Settings');

    await user.selectOptions(quality, 'ultra');
    await user.click(screen.getByRole('radio', { name: '1:1' }));
    await user.selectOptions(screen.getByTestId('render-provider'), 'ffmpeg');
    // The preview follows the aspect ratio choice.
    expect(screen.getByTestId('ffmpeg-preview').className).toContain('preview-1x1');
    await user.click(screen.getByTestId('render-button'));

    await waitFor(() => expect(api.callsTo('jobs.enqueue')).toHaveLength(1));
    expect(api.callsTo('jobs.enqueue')[0]).toEqual({
      libraryIds: ['entry-1'],
      provider: 'ffmpeg',
      quality: 'ultra',
      aspectRatio: '1:1',
    });
    expect(navigate).toHaveBeenCalledWith('queue');
    expect(await screen.findByText('Queued 1 render')).toBeTruthy();
  });

  it('matches the preview to the provider chosen in the render form, saying what differs', async () => {
    const user = userEvent.setup();
    renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />);
    await waitFor(() =>
      expect((screen.getByTestId('render-button') as HTMLButtonElement).disabled).toBe(false),
    );
    expect(screen.getByRole('radio', { name: 'FFmpeg (as rendered)' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    await user.selectOptions(screen.getByTestId('render-provider'), 'mock');
    expect(screen.getByRole('radio', { name: 'FFmpeg look (mock)' }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(screen.getByTestId('preview-differs').textContent).toMatch(/JSON description/);
  });

  it('reports scripts the backend would not queue, and stays put', async () => {
    const api = new FakeReelforgeApi();
    api.override('jobs.enqueue', () => ({
      jobs: [],
      rejected: [{ libraryId: 'entry-1', message: 'calm.json: hook: too long' }],
    }));
    const user = userEvent.setup();
    const { navigate } = renderWithApi(<ScriptDetail entry={makeEntry()} onBack={() => undefined} />, api);
    await waitFor(() =>
      expect((screen.getByTestId('render-button') as HTMLButtonElement).disabled).toBe(false),
    );
    await user.click(screen.getByTestId('render-button'));
    expect(await screen.findByText('calm.json: hook: too long')).toBeTruthy();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('shows problems instead of a preview for an invalid script', () => {
    renderWithApi(<ScriptDetail entry={makeInvalidEntry()} onBack={() => undefined} />);
    expect(screen.getAllByTestId('entry-issue')).toHaveLength(2);
    expect(screen.queryByTestId('ffmpeg-preview')).toBeNull();
    expect(screen.queryByTestId('render-button')).toBeNull();
  });
});
