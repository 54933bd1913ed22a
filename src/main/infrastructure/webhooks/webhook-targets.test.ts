import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempConfigs } from '../test-support/temp-dirs.js';
import { webhookTargetsOf } from './webhook-targets.js';

const configWith = useTempConfigs('reelforge-targets-');

describe('webhookTargetsOf', () => {
  it('reads the webhooks with every event by default, and again after a reload', () => {
    const hook = { url: 'https://a.example/h', secret: 's'.repeat(16) };
    const { dir, config } = configWith({ webhooks: [hook] });
    const targets = webhookTargetsOf(config);
    expect(targets()).toEqual([
      { ...hook, events: ['render.started', 'render.completed', 'render.failed', 'render.cancelled'] },
    ]);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ webhooks: [] }));
    expect(targets()).toHaveLength(1);
    config.reload();
    expect(targets()).toEqual([]);
  });

  it('never throws into a job state change when the file turned invalid after it was loaded', () => {
    const { dir, config } = configWith({ webhooks: [] });
    const targets = webhookTargetsOf(config);
    writeFileSync(join(dir, 'config.json'), '{ "webhooks": [ oops');
    expect(targets()).toEqual([]);
  });
});
