import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import type { WebhooksOverview } from '#shared/webhook-types.js';
import { webhookConfigSchema } from '../../../infrastructure/webhooks/webhook-config-schema.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';

/**
 * A webhook URL as the page may see it: origin and first path segment. Receivers often carry
 * their own secret in the rest of the path or the query (chat services do), and the page is not
 * trusted with secrets.
 */
export function redactWebhookUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const [first, ...rest] = parsed.pathname.split('/').filter(Boolean);
    const path = first === undefined ? '/' : `/${first}${rest.length > 0 ? '/…' : ''}`;
    return `${parsed.origin}${path}${parsed.search ? '?…' : ''}`;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Webhooks as the desktop app shows and edits them. Secrets never leave main. A webhook sends
 * render data to another host, so adding one needs the user's yes in a native dialog main draws
 * (`platform.confirmWebhook`); a browser page has none and is refused (config.json then). Removing
 * one only ever sends less.
 */
export function webhooksHandlers({
  webhooks,
  config,
  platform,
}: ApiHandlerDeps): Pick<ApiHandlers, 'webhooks.list' | 'webhooks.add' | 'webhooks.remove'> {
  const overview = (limit = 50): WebhooksOverview => {
    if (!webhooks) return { hooks: [], deliveries: [] };
    return {
      hooks: webhooks.targets().map((t) => ({ url: redactWebhookUrl(t.url), events: [...t.events] })),
      deliveries: webhooks.outbox.list({ limit }).map(({ body: _body, url, nextAttemptAt, ...delivery }) => ({
        ...delivery,
        url: redactWebhookUrl(url),
        ...(delivery.status === 'pending' ? { nextAttemptAt } : {}),
      })),
    };
  };
  /** The list as config.json holds it, with the secrets (main only). */
  const stored = () =>
    (webhooks?.targets() ?? []).map((t) => ({ url: t.url, events: [...t.events], secret: t.secret }));
  return {
    'webhooks.list': async ({ limit }) => overview(limit),
    'webhooks.add': async ({ url, events, secret }) => {
      if (!webhooks || !platform.confirmWebhook) {
        throw new ApiCallError(
          'forbidden',
          'webhooks: a browser page may not send render data to an address of its choosing; add the webhook to config.json (webhooks)',
        );
      }
      const checked = webhookConfigSchema.safeParse({ url, events, secret });
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new ApiCallError('invalid-payload', `webhooks.${issue.path.join('.')}: ${issue.message}`);
      }
      if (!(await platform.confirmWebhook(checked.data.url))) {
        throw new ApiCallError('forbidden', 'webhooks: not added (the address was not confirmed)');
      }
      config.update({ webhooks: [...stored(), checked.data] });
      return overview();
    },
    'webhooks.remove': async ({ index }) => {
      const list = stored();
      if (index >= list.length) throw new ApiCallError('not-found', `no webhook number ${index + 1}`);
      config.update({ webhooks: list.filter((_, i) => i !== index) });
      return overview();
    },
  };
}
