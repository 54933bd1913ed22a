import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/database.js';
import { SqliteJobRepository } from '../storage/sqlite-job-repository.js';
import type { Database } from '../storage/sqlite-types.js';
import { makeJob } from '../storage/test-fixtures.js';
import { webhookPayloadSchema } from '#shared/rest-contract.js';
import { OutboxJobRepository } from './outbox-job-repository.js';
import { SqliteWebhookOutbox } from './sqlite-webhook-outbox.js';
import type { WebhookTarget } from './webhook-targets.js';

describe('OutboxJobRepository', () => {
  let db: Database;
  let outbox: SqliteWebhookOutbox;
  let targets: WebhookTarget[];
  let wakes: number;
  let jobs: OutboxJobRepository;
  beforeEach(() => {
    db = openDatabase(':memory:');
    outbox = new SqliteWebhookOutbox(db);
    targets = [
      {
        url: 'http://127.0.0.1:1/all',
        events: ['render.started', 'render.completed'],
        secret: 's'.repeat(16),
      },
      { url: 'http://127.0.0.1:1/done', events: ['render.completed'], secret: 't'.repeat(16) },
    ];
    wakes = 0;
    jobs = new OutboxJobRepository(new SqliteJobRepository(db), {
      database: db,
      outbox,
      targets: () => targets,
      onQueued: () => (wakes += 1),
      now: () => new Date('2026-01-01T00:00:00.000Z'),
    });
  });
  afterEach(() => db.close());

  it('writes one delivery per subscribed webhook for each status change that is an event', () => {
    jobs.insert(makeJob({ id: 'job-1', status: 'queued' }));
    jobs.update('job-1', { progress: 0.1 });
    jobs.update('job-1', { status: 'running', startedAt: '2026-01-01T00:00:00.000Z' });
    jobs.update('job-1', { status: 'running', stage: 'encoding' });
    jobs.update('job-1', { status: 'completed', progress: 1 });
    const deliveries = outbox.list().reverse();
    expect(deliveries.map((d) => [d.event, d.url])).toEqual([
      ['render.started', 'http://127.0.0.1:1/all'],
      ['render.completed', 'http://127.0.0.1:1/all'],
      ['render.completed', 'http://127.0.0.1:1/done'],
    ]);
    expect(wakes).toBe(2);
    const body = webhookPayloadSchema.parse(JSON.parse(deliveries[1]!.body));
    expect(body).toMatchObject({
      id: deliveries[1]!.id,
      event: 'render.completed',
      render: { id: 'job-1', status: 'completed' },
    });
    expect(deliveries.every((d) => d.status === 'pending' && d.attempts === 0)).toBe(true);
  });

  it('rolls the state change back when its deliveries cannot be written (one transaction)', () => {
    jobs.insert(makeJob({ id: 'job-2', status: 'queued' }));
    const broken = new OutboxJobRepository(new SqliteJobRepository(db), {
      database: db,
      outbox: {
        add: () => {
          throw new Error('disk full');
        },
      } as unknown as SqliteWebhookOutbox,
      targets: () => targets,
    });
    expect(() => broken.update('job-2', { status: 'running' })).toThrow('disk full');
    expect(jobs.get('job-2')?.status).toBe('queued');
    expect(outbox.list()).toEqual([]);
  });
});
