// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeCompletedJob, PROVIDERS } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { ProvidersView } from './ProvidersView.js';

afterEach(cleanup);

const card = (id: string) => screen.getAllByTestId('provider-card').find((c) => c.dataset.providerId === id)!;

describe('ProvidersView', () => {
  it('shows availability, versions, capabilities and metrics per provider', async () => {
    renderWithApi(<ProvidersView />);
    await screen.findAllByTestId('provider-card');
    const ffmpeg = card('ffmpeg');
    expect(within(ffmpeg).getByTestId('provider-availability').textContent).toBe('Available');
    expect(within(ffmpeg).getByText('5.1.9')).toBeTruthy();
    expect(within(ffmpeg).getByText('captions')).toBeTruthy();
    const metrics = within(ffmpeg).getByTestId('provider-metrics');
    expect(metrics.textContent).toContain('Successes (all time)12');
    expect(metrics.textContent).toContain('Failures (all time)1');
    expect(metrics.textContent).toContain('Success rate92%');
    expect(metrics.textContent).toContain('Average time18 s');
    expect(metrics.textContent).toContain('ffmpeg exited with code 1');

    expect(within(card('remotion')).getByTestId('provider-availability').textContent).toBe(
      'Disabled in Settings',
    );
    expect(within(card('mock')).getByTestId('provider-metrics').textContent).toContain(
      'Successes (all time)30',
    );
  });

  it('lists the providers that can render now first, and says what the charts count', async () => {
    // The registry lists the disabled Remotion first.
    const api = new FakeReelforgeApi({ providers: [PROVIDERS[2]!, PROVIDERS[0]!, PROVIDERS[1]!] });
    renderWithApi(<ProvidersView />, api);
    const cards = await screen.findAllByTestId('provider-card');
    expect(cards.map((c) => c.dataset.providerId)).toEqual(['mock', 'ffmpeg', 'remotion']);
    expect(screen.getByTestId('metrics-scope').textContent).toMatch(/deleting one removes it here/);
  });

  it('after a delete, each card’s renders in History agree with the "By provider" chart', async () => {
    // Three successes all time; one of them deleted from History: the chart counts two.
    const api = new FakeReelforgeApi();
    const ffmpegMetrics = api.metrics.providers.find((m) => m.providerId === 'ffmpeg')!;
    api.metrics = {
      ...api.metrics,
      providers: api.metrics.providers.map((m) =>
        m === ffmpegMetrics ? { ...m, successes: 3, failures: 0 } : m,
      ),
      byProvider: { ffmpeg: 2, mock: 30 },
    };
    renderWithApi(<ProvidersView />, api);
    const charts = await screen.findAllByTestId('bar-chart');
    const byProvider = charts.find((c) => c.querySelector('figcaption')?.textContent === 'By provider')!;
    expect(within(byProvider).getByLabelText('ffmpeg: 2')).toBeTruthy();
    const ffmpeg = screen.getAllByTestId('provider-card').find((c) => c.dataset.providerId === 'ffmpeg')!;
    expect(within(ffmpeg).getByTestId('provider-in-history').textContent).toBe('2');
    expect(within(ffmpeg).getByTestId('provider-metrics').textContent).toContain('Successes (all time)3');
    const remotion = screen.getAllByTestId('provider-card').find((c) => c.dataset.providerId === 'remotion')!;
    expect(within(remotion).getByTestId('provider-in-history').textContent).toBe('0');
  });

  it('draws the distributions as bar charts', async () => {
    renderWithApi(<ProvidersView />);
    const charts = await screen.findAllByTestId('bar-chart');
    expect(charts.map((c) => c.querySelector('figcaption')?.textContent)).toEqual([
      'By status',
      'By provider',
      'By channel',
      'By quality',
    ]);
    const byChannel = charts[2]!;
    expect(within(byChannel).getByLabelText('fire: 23')).toBeTruthy();
    // The largest value fills the track; others are scaled to it.
    const fills = [...byChannel.querySelectorAll<HTMLElement>('.bar-fill')].map((f) => f.style.width);
    expect(fills[0]).toBe('100%');
    expect(Number.parseFloat(fills[1]!)).toBeCloseTo((20 / 23) * 100, 1);
    expect(screen.getByText('Renders in History (43)')).toBeTruthy();
  });

  it('refreshes the metrics when a job finishes', async () => {
    const api = new FakeReelforgeApi();
    renderWithApi(<ProvidersView />, api);
    await screen.findAllByTestId('provider-card');
    api.metrics = { ...api.metrics, totals: { ...api.metrics.totals, jobs: 44 } };
    act(() => api.emit('job', { type: 'job-updated', job: makeCompletedJob() }));
    expect(await screen.findByText('Renders in History (44)', undefined, { timeout: 2000 })).toBeTruthy();
    await waitFor(() => expect(api.callsTo('metrics.get')).toHaveLength(2));
  });
});
