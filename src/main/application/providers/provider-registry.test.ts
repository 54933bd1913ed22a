import { describe, expect, it } from 'vitest';
import type { ProviderAvailability } from '#core/provider.js';
import { MockVideoProvider } from '../../infrastructure/providers/mock/mock-video-provider.js';
import { DefaultProviderRegistry } from './provider-registry.js';

const weights = { capability: 1, reliability: 2, speed: 1, cost: 1, preference: 3 };

class CountingAvailability extends MockVideoProvider {
  checks = 0;
  override async isAvailable(): Promise<ProviderAvailability> {
    this.checks += 1;
    return super.isAvailable();
  }
}

describe('DefaultProviderRegistry', () => {
  it('registers, lists, gets and unregisters providers by id', () => {
    const registry = new DefaultProviderRegistry({
      metrics: () => undefined,
      weights: () => weights,
      isEnabled: () => true,
    });
    const a = new MockVideoProvider({ id: 'a' });
    registry.register(a);
    expect(() => registry.register(new MockVideoProvider({ id: 'a' }))).toThrow(/already registered/);
    expect(registry.get('a')).toBe(a);
    expect(registry.list()).toEqual([a]);
    expect(registry.unregister('a')).toBe(true);
    expect(registry.unregister('a')).toBe(false);
    expect(registry.get('a')).toBeUndefined();
  });

  it('ranks with recorded metrics and leaves disabled or excluded providers unprobed', async () => {
    const fast = new CountingAvailability({ id: 'fast', autoSelectable: true });
    const slow = new CountingAvailability({ id: 'slow', autoSelectable: true });
    const off = new CountingAvailability({ id: 'off', autoSelectable: true });
    const registry = new DefaultProviderRegistry({
      metrics: (id) =>
        id === 'fast'
          ? { providerId: id, successes: 10, failures: 0, averageSeconds: 5 }
          : { providerId: id, successes: 10, failures: 0, averageSeconds: 500 },
      weights: () => weights,
      isEnabled: (id) => id !== 'off',
    });
    for (const p of [slow, off, fast]) registry.register(p);
    const selection = await registry.select({ quality: 'draft', requiredCapabilities: [], exclude: [] });
    expect(selection.ranked.map((r) => r.provider.id)).toEqual(['fast', 'slow']);
    expect(selection.excluded).toEqual({ off: 'disabled in settings' });
    expect(off.checks).toBe(0);
    const retry = await registry.select({ quality: 'draft', requiredCapabilities: [], exclude: ['fast'] });
    expect(retry.ranked.map((r) => r.provider.id)).toEqual(['slow']);
    expect(fast.checks).toBe(1);
  });

  it('treats a provider whose availability check throws as unavailable, with the reason', async () => {
    const broken = new (class extends MockVideoProvider {
      override async isAvailable(): Promise<ProviderAvailability> {
        throw new Error('probe crashed');
      }
    })({ id: 'broken', autoSelectable: true });
    const registry = new DefaultProviderRegistry({
      metrics: () => undefined,
      weights: () => weights,
      isEnabled: () => true,
    });
    registry.register(broken);
    const selection = await registry.select({ quality: 'draft', requiredCapabilities: [] });
    expect(selection.ranked).toEqual([]);
    expect(selection.excluded['broken']).toMatch(/probe crashed/);
  });
});
