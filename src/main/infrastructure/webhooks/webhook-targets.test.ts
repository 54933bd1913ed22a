import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonConfigManager } from '../config/json-config-manager.js';
import { webhookTargetsOf } from './webhook-targets.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function configWith(content: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'reelforge-targets-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'config.json'), JSON.stringify(content));
  return { dir, config: JsonConfigManager.open({ dataDir: dir, env: {} }) };
}

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
