import { describe, expect, it } from 'vitest';
import { webhookEventFor } from './webhook-event-for.js';

describe('webhookEventFor', () => {
  it('announces starts and every ending once, and nothing else', () => {
    expect(webhookEventFor('queued', 'running')).toBe('render.started');
    expect(webhookEventFor('running', 'completed')).toBe('render.completed');
    expect(webhookEventFor('running', 'failed')).toBe('render.failed');
    expect(webhookEventFor('running', 'interrupted')).toBe('render.failed');
    expect(webhookEventFor('queued', 'cancelled')).toBe('render.cancelled');
    expect(webhookEventFor('running', 'running')).toBeUndefined();
    expect(webhookEventFor('failed', 'queued')).toBeUndefined();
    expect(webhookEventFor(undefined, 'queued')).toBeUndefined();
  });
});
