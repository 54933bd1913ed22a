import { z } from 'zod';
import { WEBHOOK_EVENTS } from '#shared/rest-contract.js';

/**
 * `webhooks` in config.json: where render events are POSTed. `events` defaults to all of them;
 * `secret` signs each body (X-Reelforge-Signature), so it is required.
 */
export const webhookConfigSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// address' }),
  events: z
    .array(
      z.enum(WEBHOOK_EVENTS, { error: `expected one of ${WEBHOOK_EVENTS.map((e) => `"${e}"`).join(', ')}` }),
      {
        error: 'expected a list of event names',
      },
    )
    .min(1, { error: 'expected at least one event' })
    .optional(),
  secret: z
    .string({ error: 'expected the signing secret as text' })
    .min(16, { error: 'expected a signing secret of at least 16 characters' }),
});

export const webhooksConfigSchema = z.array(webhookConfigSchema, { error: 'expected a list of webhooks' });

export type WebhookConfig = z.output<typeof webhookConfigSchema>;
