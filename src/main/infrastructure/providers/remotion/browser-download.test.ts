import { describe, expect, it } from 'vitest';
import { parseOutcome } from './browser-download.js';

describe('parseOutcome', () => {
  it('takes the browser path from a successful download', () => {
    expect(
      parseOutcome(0, '{"type":"local-puppeteer-browser","path":"/x/chrome-headless-shell"}', ''),
    ).toEqual({
      status: 'done',
      path: '/x/chrome-headless-shell',
    });
  });

  it('reports the error line of a failed download (offline: ENOTFOUND)', () => {
    const stderr =
      'node:internal/process/promises:391\n    triggerUncaughtException(err, true);\n\nError: getaddrinfo ENOTFOUND remotion.media\n    at GetAddrInfoReqWrap';
    expect(parseOutcome(1, '', stderr)).toEqual({
      status: 'failed',
      reason: 'browser download failed: Error: getaddrinfo ENOTFOUND remotion.media',
    });
  });

  it('fails when no browser came out of it', () => {
    expect(parseOutcome(0, '{"type":"no-browser"}', '').status).toBe('failed');
    expect(parseOutcome(0, 'garbage', '').status).toBe('failed');
  });
});
