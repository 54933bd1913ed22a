// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeCompletedJob, makeJob } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { QueueView } from './QueueView.js';

afterEach(cleanup);

const row = (id: string) => screen.getAllByTestId('queue-row').find((r) => r.dataset.jobId === id)!;

describe('QueueView', () => {
  it('lists active jobs first, then recent finished ones, with provider and stage', async () => {
    const api = new FakeReelforgeApi({
      jobs: [
        makeCompletedJob({ id: 'done' }),
        makeJob({ id: 'waiting', status: 'queued', topic: 'Waiting one' }),
        makeJob({
          id: 'busy',
          status: 'running',
          providerId: 'ffmpeg',
          stage: 'encoding',
          progress: 0.3,
          startedAt: new Date().toISOString(),
        }),
      ],
    });
    renderWithApi(<QueueView />, api);
    await screen.findAllByTestId('queue-row');
    expect(screen.getAllByTestId('queue-row').map((r) => r.dataset.jobId)).toEqual([
      'busy',
      'waiting',
      'done',
    ]);
    expect(within(row('busy')).getByText('ffmpeg')).toBeTruthy();
    expect(within(row('busy')).getByTestId('queue-stage').textContent).toBe('encoding');
    expect(within(row('waiting')).getByText('auto')).toBeTruthy();
    expect(within(row('waiting')).getByTestId('queue-elapsed').textContent).toBe('Waiting for a free slot');
    expect(api.callsTo('jobs.list')[0]).toEqual({
      filter: { status: ['queued', 'running'], order: 'oldest' },
    });
  });

  it('says "Waiting for a free slot" only for a queued job', async () => {
    const api = new FakeReelforgeApi({
      jobs: [
        makeJob({ id: 'retried', status: 'running', progress: 0, stage: 'starting' }),
        makeJob({ id: 'queued', status: 'queued' }),
        makeJob({ id: 'never', status: 'cancelled', completedAt: new Date().toISOString() }),
      ],
    });
    renderWithApi(<QueueView />, api);
    await screen.findAllByTestId('queue-row');
    const elapsed = (id: string) => within(row(id)).getByTestId('queue-elapsed').textContent;
    expect(elapsed('retried')).toBe('Starting…');
    expect(elapsed('queued')).toBe('Waiting for a free slot');
    expect(elapsed('never')).toBe('Did not start');
  });

  it('shows the time elapsed when a progress update arrives, not at the last tick', async () => {
    const startedAt = Date.now();
    const api = new FakeReelforgeApi({
      jobs: [
        makeJob({
          id: 'busy',
          status: 'running',
          progress: 0,
          stage: 'starting',
          startedAt: new Date(startedAt).toISOString(),
        }),
      ],
    });
    renderWithApi(<QueueView />, api);
    await screen.findByTestId('queue-row');
    // The clock moves on 0.4 s without the once-a-second tick running (timers stay real but idle).
    vi.spyOn(Date, 'now').mockReturnValue(startedAt + 400);
    act(() => api.emit('job', { type: 'job-progress', jobId: 'busy', progress: 0.11, stage: 'rendering' }));
    expect(within(row('busy')).getByTestId('queue-elapsed').textContent).toBe('Elapsed 0.4 s');
    vi.restoreAllMocks();
  });

  it('merges progress events into the row and estimates the time left from the rate', async () => {
    const startedAt = new Date(Date.now() - 10_000).toISOString();
    const api = new FakeReelforgeApi({
      jobs: [makeJob({ id: 'busy', status: 'running', progress: 0, stage: 'starting', startedAt })],
    });
    renderWithApi(<QueueView />, api);
    await screen.findByTestId('queue-row');
    expect(within(row('busy')).getByTestId('queue-eta').textContent).toBe('Estimating time left…');

    act(() =>
      api.emit('job', { type: 'job-progress', jobId: 'busy', progress: 0.25, stage: 'rendering frames' }),
    );
    const bar = within(row('busy')).getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(within(row('busy')).getByTestId('queue-stage').textContent).toBe('rendering frames');
    // 25 % in 10 s: 30 s to go.
    expect(within(row('busy')).getByTestId('queue-eta').textContent).toBe('About 30 s left');
    expect(within(row('busy')).getByTestId('queue-elapsed').textContent).toBe('Elapsed 10 s');
  });

  it('follows the recent pace: a render that was slow to start is not estimated by its slow start', async () => {
    const startedAt = Date.now() - 10_000;
    const api = new FakeReelforgeApi({
      jobs: [
        makeJob({
          id: 'busy',
          status: 'running',
          progress: 0.01,
          stage: 'bundling',
          startedAt: new Date(startedAt).toISOString(),
        }),
      ],
    });
    const clock = vi.spyOn(Date, 'now');
    clock.mockReturnValue(startedAt + 10_000);
    renderWithApi(<QueueView />, api);
    await screen.findByTestId('queue-row');
    // 10 s of bundling at 1 %, then 10 % a second for 2 s: 7.9 s to go, not the ≈ 45 s the average says.
    for (const [ms, progress] of [
      [11_000, 0.11],
      [12_000, 0.21],
    ] as const) {
      clock.mockReturnValue(startedAt + ms);
      act(() =>
        api.emit('job', { type: 'job-progress', jobId: 'busy', progress, stage: 'rendering frames' }),
      );
    }
    expect(within(row('busy')).getByTestId('queue-eta').textContent).toBe('About 7.9 s left');
    vi.restoreAllMocks();
  });

  it('offers Play in History for a finished video, and Show (not Play) for a render that is not a video', async () => {
    const video = makeCompletedJob({ id: 'video', topic: 'Video topic' });
    const manifest = makeCompletedJob({
      id: 'manifest',
      topic: 'Manifest topic',
      providerId: 'mock',
      result: { ...video.result!, jobId: 'manifest', providerId: 'mock', mimeType: 'application/json' },
    });
    renderWithApi(<QueueView />, new FakeReelforgeApi({ jobs: [video, manifest] }));
    await screen.findAllByTestId('queue-row');
    expect(
      within(row('video')).getByRole('button', { name: 'Play Video topic in History' }).textContent,
    ).toBe('▶ Play in History');
    expect(
      within(row('manifest')).getByRole('button', { name: 'Show Manifest topic in History' }).textContent,
    ).toBe('Show in History');
    expect(within(row('manifest')).queryByRole('button', { name: /^Play / })).toBeNull();
  });

  it('a retried job started before the answer arrives keeps its start time: elapsed, not "Starting…"', async () => {
    const cancelled = makeJob({ id: 'again', status: 'cancelled', topic: 'Again topic', progress: 0.4 });
    const api = new FakeReelforgeApi({ jobs: [cancelled] });
    const startedAt = new Date(Date.now() - 2000).toISOString();
    // As main does: the retry starts the job at once; its events go out before the call's answer.
    api.override('jobs.retry', () => {
      api.emit('job', { type: 'job-updated', job: { ...cancelled, status: 'queued', progress: 0 } });
      api.emit('job', {
        type: 'job-updated',
        job: { ...cancelled, status: 'running', progress: 0, stage: 'starting', startedAt },
      });
      return { ...cancelled, status: 'queued', progress: 0, stage: 'queued' };
    });
    const user = userEvent.setup();
    renderWithApi(<QueueView />, api);
    await screen.findByTestId('queue-row');
    await user.click(screen.getByRole('button', { name: 'Retry Again topic' }));
    act(() => api.emit('job', { type: 'job-progress', jobId: 'again', progress: 0.2, stage: 'render' }));
    await waitFor(() => expect(row('again').dataset.status).toBe('running'));
    expect(within(row('again')).getByTestId('queue-elapsed').textContent).toMatch(/^Elapsed \d/);
  });

  it('adds new jobs, shows completion, and cancels and retries', async () => {
    const api = new FakeReelforgeApi({
      jobs: [makeJob({ id: 'q', status: 'queued', topic: 'Queued topic' })],
    });
    const user = userEvent.setup();
    renderWithApi(<QueueView />, api);
    await screen.findByTestId('queue-row');

    act(() => api.emit('job', { type: 'job-added', job: makeJob({ id: 'new', topic: 'New topic' }) }));
    expect(row('new')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Cancel Queued topic' }));
    await waitFor(() => expect(row('q').dataset.status).toBe('cancelled'));
    expect(api.callsTo('jobs.cancel')).toEqual([{ id: 'q' }]);

    await user.click(screen.getByRole('button', { name: 'Retry Queued topic' }));
    await waitFor(() => expect(row('q').dataset.status).toBe('queued'));
    expect(api.callsTo('jobs.retry')).toEqual([{ id: 'q' }]);

    act(() => api.emit('job', { type: 'job-removed', jobId: 'new' }));
    expect(screen.getAllByTestId('queue-row')).toHaveLength(1);
  });

  it('shows the error of a failed job and an empty state with a way to the library', async () => {
    const api = new FakeReelforgeApi({
      jobs: [
        makeJob({
          id: 'f',
          status: 'failed',
          completedAt: '2024-05-01T10:01:00Z',
          error: { code: 'provider_error', message: 'ffmpeg: exited with code 1' },
        }),
      ],
    });
    const { unmount } = renderWithApi(<QueueView />, api);
    expect(await screen.findByText('ffmpeg: exited with code 1')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Retry/ })).toBeTruthy();
    unmount();

    const { navigate } = renderWithApi(<QueueView />, new FakeReelforgeApi());
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Go to the Library' }));
    expect(navigate).toHaveBeenCalledWith('library');
  });
});
