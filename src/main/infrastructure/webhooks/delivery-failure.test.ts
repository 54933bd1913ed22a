import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { describeDeliveryFailure } from './delivery-failure.js';

describe('describeDeliveryFailure', () => {
  it('names why a real fetch to a closed loopback port failed, not just "fetch failed"', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const error = await fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST' }).catch((e: unknown) => e);
    const text = describeDeliveryFailure(error, 10_000);
    expect(text).toMatch(/^fetch failed: /);
    expect(text).toContain('ECONNREFUSED');
    expect(text).toContain(`127.0.0.1:${port}`);
  });

  it('says how long it waited when the request timed out', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(describeDeliveryFailure(timeout, 10_000)).toBe('no answer within 10 s');
  });

  it('adds a code the message does not already hold, and follows nested causes once each', () => {
    const inner = Object.assign(new Error('getaddrinfo failed'), { code: 'ENOTFOUND' });
    const outer = new TypeError('fetch failed', { cause: new Error('request failed', { cause: inner }) });
    expect(describeDeliveryFailure(outer, 1000)).toBe(
      'fetch failed: request failed: getaddrinfo failed (ENOTFOUND)',
    );
    expect(describeDeliveryFailure('plain', 1000)).toBe('plain');
  });
});
