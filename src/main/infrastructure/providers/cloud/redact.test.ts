import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact.js';

describe('redactSecrets', () => {
  const key = 'sk_live_ABC123/def+456';

  it('removes the key as written, URL-encoded and base64-encoded', () => {
    const text = `key ${key}, url ?k=${encodeURIComponent(key)}, basic ${Buffer.from(key).toString('base64')}`;
    const out = redactSecrets(text, [key]);
    expect(out).not.toContain(key);
    expect(out).not.toContain(encodeURIComponent(key));
    expect(out).not.toContain(Buffer.from(key).toString('base64'));
    expect(out).toContain('[redacted]');
  });

  it('removes any bearer token even when the key is not known', () => {
    expect(redactSecrets('Authorization: Bearer abcdef123456', [])).toBe('Authorization: Bearer [redacted]');
  });

  it('leaves text without secrets alone and ignores empty keys', () => {
    expect(redactSecrets('HTTP 503 from api', [undefined, '', 'ab'])).toBe('HTTP 503 from api');
  });
});
