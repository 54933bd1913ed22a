import { describe, expect, it } from 'vitest';
import { signWebhookBody } from './webhook-signature.js';

describe('signWebhookBody', () => {
  it('is the RFC 4231 HMAC-SHA256 of the exact bytes', () => {
    // RFC 4231 test case 2.
    expect(signWebhookBody('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(signWebhookBody('{"a":1}', 'Jefe')).not.toBe(signWebhookBody('{"a": 1}', 'Jefe'));
  });
});
