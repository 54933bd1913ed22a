import type { AppConfig, ConfigManager } from '#core/config.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from '#shared/rest-contract.js';
import { readRawConfig, validateConfig } from '../config/read-config-file.js';

export interface WebhookTarget {
  readonly url: string;
  readonly events: readonly WebhookEvent[];
  readonly secret: string;
}

/**
 * The configured webhooks, read from config.json. The config manager builds a new AppConfig on
 * every reload, so the list is re-read exactly when the file changed (a WeakMap per snapshot).
 * This runs inside job state changes: a file made invalid since the manager loaded it must not
 * fail them, so the last list read stays in use until the file is valid again.
 */
export function webhookTargetsOf(config: ConfigManager): () => readonly WebhookTarget[] {
  const cache = new WeakMap<AppConfig, readonly WebhookTarget[]>();
  let lastGood: readonly WebhookTarget[] = [];
  return () => {
    const snapshot = config.get();
    const cached = cache.get(snapshot);
    if (cached) return cached;
    let file;
    try {
      file = validateConfig(readRawConfig(config.configPath), config.configPath);
    } catch {
      return lastGood;
    }
    const targets = (file.webhooks ?? []).map((hook) => ({
      url: hook.url,
      events: hook.events ?? [...WEBHOOK_EVENTS],
      secret: hook.secret,
    }));
    cache.set(snapshot, targets);
    lastGood = targets;
    return targets;
  };
}
