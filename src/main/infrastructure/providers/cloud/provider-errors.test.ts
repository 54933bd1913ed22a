import { describe, expect, it } from 'vitest';
import { ProviderError } from '#core/errors.js';
import { CloudCallError, isRefusedCreate, isTransient, kindForStatus } from './call-error.js';
import { providerErrorFromCall } from './provider-errors.js';
import { redactSecrets } from './redact.js';

const context = {
  providerId: 'runway',
  service: 'Runway',
  doing: 'creating a clip',
  redact: (t: string) => redactSecrets(t, ['secret-key-1234']),
};

describe('error mapping', () => {
  it('classifies statuses', () => {
    expect([401, 403, 400, 422, 404, 429, 500, 503].map(kindForStatus)).toEqual([
      'auth',
      'auth',
      'bad-request',
      'bad-request',
      'not-found',
      'rate-limited',
      'server',
      'server',
    ]);
  });

  it('retries 429, 502/503/504 and network trouble in the loop, not 500 or 4xx', () => {
    expect(isTransient(new CloudCallError('rate-limited', 'x'))).toBe(true);
    expect(isTransient(new CloudCallError('server', 'x', { status: 503 }))).toBe(true);
    expect(isTransient(new CloudCallError('server', 'x', { status: 500 }))).toBe(false);
    expect(isTransient(new CloudCallError('network', 'x'))).toBe(true);
    expect(isTransient(new CloudCallError('auth', 'x', { status: 401 }))).toBe(false);
    expect(isTransient(new Error('x'))).toBe(false);
  });

  it('sends a create again only when the server refused it, never after a timeout or dropped connection', () => {
    expect(isRefusedCreate(new CloudCallError('rate-limited', 'x'))).toBe(true);
    expect(isRefusedCreate(new CloudCallError('server', 'x', { status: 503 }))).toBe(true);
    expect(isRefusedCreate(new CloudCallError('timeout', 'x'))).toBe(false);
    expect(isRefusedCreate(new CloudCallError('network', 'x'))).toBe(false);
    expect(isRefusedCreate(new CloudCallError('server', 'x', { status: 500 }))).toBe(false);
  });

  it('makes a wrong key final, names the variable, and never repeats the key', () => {
    const error = providerErrorFromCall(
      new CloudCallError('auth', 'HTTP 401', { status: 401, apiMessage: 'Invalid key secret-key-1234' }),
      context,
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('VIDEO_PROVIDER_RUNWAY_API_KEY');
    expect(error.message).not.toContain('secret-key-1234');
  });

  it('keeps the API text of a 400, final; 5xx, 429 and unreachable are retryable', () => {
    const bad = providerErrorFromCall(
      new CloudCallError('bad-request', 'HTTP 400', { status: 400, apiMessage: 'ratio: invalid' }),
      context,
    );
    expect(bad.retryable).toBe(false);
    expect(bad.message).toContain('ratio: invalid');
    for (const kind of ['server', 'rate-limited', 'network', 'timeout', 'malformed'] as const) {
      expect(providerErrorFromCall(new CloudCallError(kind, 'x', { status: 500 }), context).retryable).toBe(
        true,
      );
    }
  });
});
