import { createHmac } from 'node:crypto';

/** `X-Reelforge-Signature`: `sha256=` and the hex HMAC-SHA256 of the raw body with the secret. */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
