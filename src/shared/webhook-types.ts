// What the desktop app shows of webhooks: the configured ones (never their secrets) and recent
// deliveries with their last error. Edited in config.json (`webhooks`), see the README.

export interface WebhookDeliveryView {
  readonly id: string;
  readonly event: string;
  readonly jobId: string;
  readonly url: string;
  readonly status: 'pending' | 'delivered' | 'failed';
  readonly attempts: number;
  readonly createdAt: string;
  readonly nextAttemptAt?: string;
  readonly lastError?: string;
  readonly deliveredAt?: string;
}

export interface WebhooksOverview {
  readonly hooks: readonly { readonly url: string; readonly events: readonly string[] }[];
  readonly deliveries: readonly WebhookDeliveryView[];
}
