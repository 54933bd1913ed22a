import type { ApiHandlers } from '../../../../shared/api-contract.js';
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
 * Webhooks as the desktop app shows them: read-only. Secrets never leave main, and the page
 * cannot add a URL: a webhook sends render data to another host, so only the user's own
 * config.json names one.
 */
export function webhooksHandlers({ webhooks }: ApiHandlerDeps): Pick<ApiHandlers, 'webhooks.list'> {
  return {
    'webhooks.list': async ({ limit }) => {
      if (!webhooks) return { hooks: [], deliveries: [] };
      return {
        hooks: webhooks.targets().map((t) => ({ url: redactWebhookUrl(t.url), events: [...t.events] })),
        deliveries: webhooks.outbox
          .list({ limit: limit ?? 50 })
          .map(({ body: _body, url, nextAttemptAt, ...delivery }) => ({
            ...delivery,
            url: redactWebhookUrl(url),
            ...(delivery.status === 'pending' ? { nextAttemptAt } : {}),
          })),
      };
    },
  };
}
