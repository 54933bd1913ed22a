// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeEntry } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { ScriptDetail } from './ScriptDetail.js';

afterEach(cleanup);

function reelsEntry() {
  const entry = makeEntry();
  return makeEntry({ script: { ...entry.script!, platform: 'reels' } });
}

describe('ScriptDetail for a script written for a platform', () => {
  it("previews the script's platform and leaves the shape to it when rendering", async () => {
    const api = new FakeReelforgeApi({ entries: [reelsEntry()] });
    const user = userEvent.setup();
    renderWithApi(<ScriptDetail entry={reelsEntry()} onBack={() => undefined} />, api);
    expect(screen.getByTestId('platform-overlay').dataset['platform']).toBe('reels');
    const button = screen.getByTestId('render-button') as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    expect((screen.getByRole('radio', { name: '1:1' }) as HTMLInputElement).disabled).toBe(true);
    await user.click(button);
    await waitFor(() => expect(api.callsTo('jobs.enqueue')).toHaveLength(1));
    // No aspect ratio and no platform: the backend takes the script's own (reels, 9:16).
    expect(api.callsTo('jobs.enqueue')[0]).not.toHaveProperty('aspectRatio');
    expect(api.callsTo('jobs.enqueue')[0]).not.toHaveProperty('platform');
  });

  it('sends the platform picked in the form, and the preview follows it', async () => {
    const api = new FakeReelforgeApi({ entries: [reelsEntry()] });
    const user = userEvent.setup();
    renderWithApi(<ScriptDetail entry={reelsEntry()} onBack={() => undefined} />, api);
    const button = screen.getByTestId('render-button') as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    await user.selectOptions(screen.getByTestId('render-platform'), 'shorts');
    expect(screen.getByTestId('platform-overlay').dataset['platform']).toBe('shorts');
    await user.click(button);
    await waitFor(() => expect(api.callsTo('jobs.enqueue')).toHaveLength(1));
    expect(api.callsTo('jobs.enqueue')[0]).toMatchObject({ platform: 'shorts' });
  });
});
