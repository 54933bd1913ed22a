// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './App.js';
import type { ConnectionMonitor, ConnectionState } from './api/connection.js';
import { ALWAYS_OPEN } from './api/connection.js';
import { FakeReelforgeApi } from './test-support/fake-api.js';
import { makeCompletedJob, makeJob } from './test-support/fixtures.js';

afterEach(cleanup);

/** A connection whose state a test sets. */
function controllableConnection(initial: ConnectionState) {
  const listeners = new Set<(s: ConnectionState) => void>();
  let reconnects = 0;
  const connection: ConnectionMonitor & { set(s: ConnectionState): void; readonly reconnects: number } = {
    state: initial,
    onStateChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    reconnectNow: () => void reconnects++,
    set(s) {
      (this as { state: ConnectionState }).state = s;
      for (const l of listeners) l(s);
    },
    get reconnects() {
      return reconnects;
    },
  };
  return connection;
}

describe('App', () => {
  it('explains how to connect when there is no backend', async () => {
    const api = new FakeReelforgeApi();
    render(<App client={{ api, connection: controllableConnection('no-token') }} />);
    expect(screen.getByTestId('not-connected').textContent).toContain('npm run web');
    expect(api.calls).toHaveLength(0);
  });

  it('navigates between the views with keyboard-reachable buttons', async () => {
    const api = new FakeReelforgeApi();
    const user = userEvent.setup();
    render(<App client={{ api, connection: ALWAYS_OPEN }} />);
    expect(await screen.findByTestId('library-view')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toContain('Library');

    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('nav-library'));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('queue-view')).toBeTruthy();
    await user.click(screen.getByTestId('nav-history'));
    expect(await screen.findByTestId('history-view')).toBeTruthy();
    await user.click(screen.getByTestId('nav-providers'));
    expect(await screen.findByTestId('providers-view')).toBeTruthy();
    await user.keyboard('{Control>}5{/Control}');
    expect(await screen.findByTestId('settings-view')).toBeTruthy();
  });

  it.each([
    ['Ctrl+O', { ctrlKey: true }],
    ['⌘+O (a Mac)', { metaKey: true }],
  ])(
    'opens scripts with %s in a browser, from any view, and shows them in the Library',
    async (_, modifier) => {
      const api = new FakeReelforgeApi();
      const user = userEvent.setup();
      render(<App client={{ api, connection: ALWAYS_OPEN }} />);
      await screen.findByTestId('library-view');
      await user.click(screen.getByTestId('nav-history'));
      const picker = screen.getByTestId('open-shortcut-input') as HTMLInputElement;
      const click = vi.spyOn(picker, 'click');
      const pressed = new KeyboardEvent('keydown', {
        key: 'o',
        ...modifier,
        bubbles: true,
        cancelable: true,
      });
      act(() => void window.dispatchEvent(pressed));
      expect(click).toHaveBeenCalledTimes(1);
      // The browser's own Ctrl/⌘+O (open a file as a page) does not run.
      expect(pressed.defaultPrevented).toBe(true);
      await user.upload(picker, new File(['{"channel":"air"}'], 'picked.json', { type: 'application/json' }));
      await waitFor(() => expect(api.callsTo('library.addFiles')).toHaveLength(1));
      expect(await screen.findByTestId('library-view')).toBeTruthy();
    },
  );

  it('plays a finished render from the Queue: History opens with its details and player', async () => {
    const api = new FakeReelforgeApi({ jobs: [makeCompletedJob({ id: 'done', topic: 'Done topic' })] });
    const user = userEvent.setup();
    render(<App client={{ api, connection: ALWAYS_OPEN }} />);
    await screen.findByTestId('library-view');
    await user.click(screen.getByTestId('nav-queue'));
    await user.click(await screen.findByRole('button', { name: 'Play Done topic in History' }));
    expect(await screen.findByTestId('history-view')).toBeTruthy();
    expect(await screen.findByTestId('history-details')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Details of Done topic' })).toBeTruthy();
  });

  it('draws the sidebar icons as SVG, never as characters a font may lack (the Queue’s "⧗")', async () => {
    render(<App client={{ api: new FakeReelforgeApi(), connection: ALWAYS_OPEN }} />);
    await screen.findByTestId('library-view');
    for (const view of ['library', 'queue', 'history', 'providers', 'settings']) {
      const item = screen.getByTestId(`nav-${view}`);
      expect(item.querySelector('svg.nav-icon path')).toBeTruthy();
      expect(item.textContent).not.toMatch(/[^\p{L}\p{N}\s]/u);
    }
  });

  it('offers "Play in History" in the toast of a finished render', async () => {
    const done = makeCompletedJob({ id: 'done', topic: 'Done topic' });
    const api = new FakeReelforgeApi({ jobs: [done] });
    const user = userEvent.setup();
    render(<App client={{ api, connection: ALWAYS_OPEN }} />);
    await screen.findByTestId('library-view');
    act(() => api.emit('job', { type: 'job-updated', job: done }));
    await user.click(await screen.findByRole('button', { name: 'Play in History' }));
    expect(await screen.findByTestId('history-details')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Details of Done topic' })).toBeTruthy();
  });

  it('offers "Show in History", not "Play", in the toast of a finished render that is not a video', async () => {
    const video = makeCompletedJob({ id: 'done' });
    const manifest = makeCompletedJob({
      id: 'manifest',
      topic: 'Manifest topic',
      result: { ...video.result!, jobId: 'manifest', providerId: 'mock', mimeType: 'application/json' },
    });
    const api = new FakeReelforgeApi({ jobs: [manifest] });
    const user = userEvent.setup();
    render(<App client={{ api, connection: ALWAYS_OPEN }} />);
    await screen.findByTestId('library-view');
    act(() => api.emit('job', { type: 'job-updated', job: manifest }));
    await user.click(await screen.findByRole('button', { name: 'Show in History' }));
    expect(screen.queryByRole('button', { name: 'Play in History' })).toBeNull();
    expect(await screen.findByRole('complementary', { name: 'Details of Manifest topic' })).toBeTruthy();
  });

  it('toasts finished and failed renders wherever the user is', async () => {
    const api = new FakeReelforgeApi();
    render(<App client={{ api, connection: ALWAYS_OPEN }} />);
    await screen.findByTestId('library-view');
    act(() => api.emit('job', { type: 'job-updated', job: makeCompletedJob({ topic: 'Done topic' }) }));
    act(() => api.emit('job', { type: 'job-updated', job: makeCompletedJob({ topic: 'Done topic' }) }));
    act(() =>
      api.emit('job', {
        type: 'job-updated',
        job: makeJob({
          id: 'x',
          status: 'failed',
          topic: 'Bad',
          error: { code: 'e', message: 'ffmpeg crashed' },
        }),
      }),
    );
    expect(screen.getAllByText('Rendered “Done topic”')).toHaveLength(1);
    expect(screen.queryByTestId('queue-badge')).toBeNull();
    act(() => api.emit('job', { type: 'job-added', job: makeJob({ id: 'new' }) }));
    expect(screen.getByTestId('queue-badge').textContent).toBe('1');
    expect(screen.getByRole('alert').textContent).toContain('ffmpeg crashed');
  });

  it('shows a banner while the connection is lost and reloads when it returns', async () => {
    const api = new FakeReelforgeApi();
    const connection = controllableConnection('open');
    const user = userEvent.setup();
    render(<App client={{ api, connection }} />);
    await screen.findByTestId('library-view');
    const lists = () => api.callsTo('library.list').length;
    const before = lists();

    act(() => connection.set('closed'));
    expect(screen.getByTestId('connection-banner').textContent).toContain('npm run web');
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(connection.reconnects).toBe(1);

    act(() => connection.set('open'));
    await waitFor(() => expect(screen.queryByTestId('connection-banner')).toBeNull());
    await waitFor(() => expect(lists()).toBeGreaterThan(before));
  });
});

describe('App in Electron', () => {
  afterEach(() => {
    delete window.reelforge;
  });

  it('opens Settings when the native menu asks for it', async () => {
    let send: ((command: string) => void) | undefined;
    window.reelforge = {
      transport: 'electron',
      onMenu: (listener: (command: string) => void) => {
        send = listener;
        return () => (send = undefined);
      },
    } as never;
    render(<App client={{ api: new FakeReelforgeApi(), connection: ALWAYS_OPEN }} />);
    await screen.findByTestId('library-view');
    act(() => send?.('open-settings'));
    expect(await screen.findByTestId('settings-view')).toBeTruthy();
  });
});
