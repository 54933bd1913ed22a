// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { makeCompletedJob, makeJob } from '../../test-support/fixtures.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { QueueView } from '../queue/QueueView.js';
import { HistoryView } from './HistoryView.js';

afterEach(cleanup);

// A job a render farm worker took records it (`worker`); Queue and History say which one.
describe('the worker that rendered a job', () => {
  const farmJob = makeCompletedJob({ id: 'farmed', worker: 'render-2/ab12' });
  const localJob = makeJob({ id: 'local', status: 'queued', topic: 'Local one' });

  it('is shown on its queue row, and nothing is shown for a job no worker took', async () => {
    renderWithApi(<QueueView />, new FakeReelforgeApi({ jobs: [farmJob, localJob] }));
    const rows = await screen.findAllByTestId('queue-row');
    const farmed = rows.find((r) => r.dataset.jobId === 'farmed')!;
    const local = rows.find((r) => r.dataset.jobId === 'local')!;
    expect(within(farmed).getByTestId('queue-worker').textContent).toBe('on render-2/ab12');
    expect(within(local).queryByTestId('queue-worker')).toBeNull();
  });

  it('is in the job’s History details', async () => {
    const user = userEvent.setup();
    renderWithApi(<HistoryView />, new FakeReelforgeApi({ jobs: [farmJob] }));
    const item = (await screen.findAllByTestId('history-item')).find((i) => i.dataset.jobId === 'farmed')!;
    await user.click(within(item).getByRole('button'));
    expect(screen.getByTestId('history-worker').textContent).toMatch(/render-2\/ab12/);
  });
});
