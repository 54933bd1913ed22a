// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { APP_INFO, makeCompletedJob, makeJob } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { HistoryView } from './HistoryView.js';

afterEach(cleanup);

function jobs() {
  return [
    makeCompletedJob({ id: 'video', topic: 'Calm mornings' }),
    makeCompletedJob({
      id: 'manifest',
      topic: 'Fire drills',
      channel: 'fire',
      providerId: 'mock',
      fallbackTrail: [
        {
          providerId: 'ffmpeg',
          error: 'ffmpeg: not found on PATH',
          retryable: true,
          at: '2024-05-01T10:00:02Z',
        },
      ],
      result: {
        ...makeCompletedJob().result!,
        jobId: 'manifest',
        providerId: 'mock',
        thumbnailPath: undefined,
        mimeType: 'application/json',
        outputPath: '/videos/fire.json',
      },
    }),
    makeJob({
      id: 'failed',
      status: 'failed',
      topic: 'Broken',
      error: { code: 'timeout', message: 'ffmpeg timed out after 600 s' },
    }),
  ];
}

describe('HistoryView', () => {
  it('sends each filter to jobs.list', async () => {
    const api = new FakeReelforgeApi({ jobs: jobs() });
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, api);
    await screen.findAllByTestId('history-item');
    expect(api.callsTo('jobs.list').at(-1)).toEqual({ filter: { limit: 200, order: 'newest' } });

    await user.type(screen.getByTestId('history-search'), ' drills ');
    await waitFor(() => expect(api.callsTo('jobs.list').at(-1)?.filter).toMatchObject({ search: 'drills' }));
    await waitFor(() =>
      expect(screen.getAllByTestId('history-item').map((i) => i.dataset.jobId)).toEqual(['manifest']),
    );
    await user.clear(screen.getByTestId('history-search'));

    await user.selectOptions(screen.getByTestId('history-channel'), 'fire');
    await user.selectOptions(screen.getByTestId('history-provider'), 'mock');
    await user.selectOptions(screen.getByTestId('history-status'), 'completed');
    await waitFor(() =>
      expect(api.callsTo('jobs.list').at(-1)).toEqual({
        filter: { channel: 'fire', providerId: 'mock', status: ['completed'], limit: 200, order: 'newest' },
      }),
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('history-item').map((i) => i.dataset.jobId)).toEqual(['manifest']),
    );

    await user.type(screen.getByTestId('history-from'), '2024-05-01');
    await waitFor(() =>
      expect(api.callsTo('jobs.list').at(-1)?.filter?.createdAfter).toBe(new Date(2024, 4, 1).toISOString()),
    );
  });

  it('plays a finished video inline and shows its details', async () => {
    const api = new FakeReelforgeApi({ jobs: jobs() });
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, api);
    const item = (await screen.findAllByTestId('history-item')).find((i) => i.dataset.jobId === 'video')!;
    expect(item.querySelector('img')?.getAttribute('src')).toBe(
      '/media/job/video/thumbnail?v=2024-05-01T10:00:21.000Z',
    );

    await user.click(within(item).getByRole('button'));
    const video = screen.getByTestId('history-video') as HTMLVideoElement;
    expect(video.getAttribute('src')).toBe('/media/job/video/video?v=2024-05-01T10:00:21.000Z');
    expect(video.controls).toBe(true);
    const details = screen.getByTestId('history-details');
    expect(within(details).getByText('20 s')).toBeTruthy();
    expect(within(details).getAllByTestId('scene-row')).toHaveLength(4);
    // The browser cannot reveal files.
    expect(screen.queryByTestId('history-reveal')).toBeNull();
  });

  it('shows the mock provider manifest, the fallback trail and a placeholder thumbnail', async () => {
    const api = new FakeReelforgeApi({ jobs: jobs() });
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, api);
    const item = (await screen.findAllByTestId('history-item')).find((i) => i.dataset.jobId === 'manifest')!;
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('.thumb-placeholder')).toBeTruthy();
    await user.click(within(item).getByRole('button'));
    expect(screen.getByText('Manifest only (mock provider)')).toBeTruthy();
    expect(screen.queryByTestId('history-video')).toBeNull();
    expect(screen.getByRole('link', { name: 'Open manifest' }).getAttribute('href')).toBe(
      '/media/job/manifest/video?v=2024-05-01T10:00:21.000Z',
    );
    expect(within(screen.getByTestId('history-fallbacks')).getByText(/not found on PATH/)).toBeTruthy();
  });

  it('deletes after confirmation, with the files, and reveals on the desktop', async () => {
    const api = new FakeReelforgeApi({ jobs: jobs(), appInfo: { ...APP_INFO, canRevealFiles: true } });
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, api);
    const item = (await screen.findAllByTestId('history-item')).find((i) => i.dataset.jobId === 'video')!;
    await user.click(within(item).getByRole('button'));

    await user.click(screen.getByTestId('history-reveal'));
    await waitFor(() => expect(api.callsTo('jobs.reveal')).toEqual([{ id: 'video' }]));

    await user.click(screen.getByTestId('history-delete'));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('jobs.delete')).toHaveLength(0);

    await user.click(screen.getByTestId('history-delete'));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.callsTo('jobs.delete')).toEqual([{ id: 'video', deleteFiles: true }]));
    await waitFor(() => expect(screen.queryByTestId('history-details')).toBeNull());
    expect(screen.getAllByTestId('history-item').map((i) => i.dataset.jobId)).not.toContain('video');
  });

  it('closes the details with Escape, after closing the delete confirmation first', async () => {
    const api = new FakeReelforgeApi({ jobs: jobs() });
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, api);
    const item = (await screen.findAllByTestId('history-item')).find((i) => i.dataset.jobId === 'video')!;
    await user.click(within(item).getByRole('button'));
    await user.click(screen.getByTestId('history-delete'));
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('history-details')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('history-details')).toBeNull();
    expect(api.callsTo('jobs.delete')).toHaveLength(0);
  });

  it('shows failures with their error, switches to a list and reloads when jobs change', async () => {
    const api = new FakeReelforgeApi({ jobs: jobs() });
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, api);
    const item = (await screen.findAllByTestId('history-item')).find((i) => i.dataset.jobId === 'failed')!;
    await user.click(within(item).getByRole('button'));
    expect(
      within(screen.getByTestId('history-details')).getByText(/ffmpeg timed out after 600 s/),
    ).toBeTruthy();

    await user.click(screen.getByTestId('history-list-toggle'));
    expect(screen.getByTestId('history-results').className).toContain('history-list-layout');

    const before = api.callsTo('jobs.list').length;
    api.jobs = [...api.jobs, makeCompletedJob({ id: 'later', topic: 'Later' })];
    act(() => api.emit('job', { type: 'job-updated', job: api.jobs.at(-1)! }));
    await waitFor(() => expect(api.callsTo('jobs.list').length).toBe(before + 1));
    expect(await screen.findByText('Later')).toBeTruthy();
  });
});
