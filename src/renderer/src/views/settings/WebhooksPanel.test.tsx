// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeReelforgeApi } from '../../test-support/fake-api.js';
import { renderWithApi } from '../../test-support/render-with-api.js';
import { WebhooksPanel } from './WebhooksPanel.js';

afterEach(cleanup);

describe('WebhooksPanel', () => {
  it('lists the configured webhooks and each delivery with its status and last error', async () => {
    const api = new FakeReelforgeApi({
      webhooks: {
        hooks: [{ url: 'https://hooks.example/reelforge', events: ['render.completed', 'render.failed'] }],
        deliveries: [
          {
            id: 'd-1',
            event: 'render.completed',
            jobId: 'job-1',
            url: 'https://hooks.example/reelforge',
            status: 'pending',
            attempts: 3,
            createdAt: '2026-01-01T10:00:00.000Z',
            nextAttemptAt: '2026-01-01T10:05:00.000Z',
            lastError: 'HTTP 503',
          },
          {
            id: 'd-2',
            event: 'render.failed',
            jobId: 'job-2',
            url: 'https://hooks.example/reelforge',
            status: 'delivered',
            attempts: 1,
            createdAt: '2026-01-01T09:00:00.000Z',
            deliveredAt: '2026-01-01T09:00:01.000Z',
          },
        ],
      },
    });
    renderWithApi(<WebhooksPanel />, api);
    const table = await screen.findByTestId('webhook-deliveries');
    expect(screen.getByTestId('settings-webhooks').textContent).toContain('render.completed, render.failed');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('retrying');
    expect(rows[0]!.textContent).toContain('HTTP 503');
    expect(rows[1]!.textContent).toContain('delivered');
    expect(api.callsTo('webhooks.list')).toEqual([{ limit: 20 }]);
  });

  it('says when no webhook is configured', async () => {
    renderWithApi(<WebhooksPanel />, new FakeReelforgeApi());
    expect(await screen.findByTestId('webhooks-none')).toBeTruthy();
  });

  it('adds a webhook with its address, events and secret, and removes one by its place in the list', async () => {
    const api = new FakeReelforgeApi();
    renderWithApi(<WebhooksPanel />, api);
    await screen.findByTestId('webhooks-none');
    const form = screen.getByRole('form', { name: 'Add a webhook' });
    fireEvent.change(within(form).getByLabelText('Address'), {
      target: { value: ' https://hooks.example/new ' },
    });
    fireEvent.change(within(form).getByLabelText(/Signing secret/), {
      target: { value: 'whsec-0123456789abcdef' },
    });
    fireEvent.click(within(form).getByLabelText('render.started'));
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByTestId('webhooks-none')).toBeNull());
    expect(api.callsTo('webhooks.add')).toEqual([
      {
        url: 'https://hooks.example/new',
        events: ['render.completed', 'render.failed', 'render.cancelled'],
        secret: 'whsec-0123456789abcdef',
      },
    ]);
    // The secret field is cleared once the webhook is added.
    expect((within(form).getByLabelText(/Signing secret/) as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Remove webhook https://hooks.example/new' }));
    await screen.findByTestId('webhooks-none');
    expect(api.callsTo('webhooks.remove')).toEqual([{ index: 0 }]);
  });
});
