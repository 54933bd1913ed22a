import type { ConnectionCheck } from '#core/provider.js';
import { withTimeout } from './abortable.js';
import { CloudCallError } from './call-error.js';
import { missingKeyReason, type CloudSettings } from './cloud-settings.js';
import { safeHost } from './download.js';

/** What "Test connection" says for a failed authenticated read: wrong key, unreachable, or other. */
function connectionCheckFromError(error: unknown, service: string, host: string): ConnectionCheck {
  if (error instanceof CloudCallError) {
    if (error.kind === 'auth') {
      return { ok: false, message: `wrong key: ${service} refused it (HTTP ${error.status ?? '?'})` };
    }
    if (error.kind === 'network' || error.kind === 'timeout') {
      return { ok: false, message: `unreachable: ${host} did not answer (${error.message})` };
    }
    if (error.kind === 'rate-limited') {
      return { ok: true, message: `ok, but ${service} is rate limiting requests right now (HTTP 429)` };
    }
    const status = error.status !== undefined ? `HTTP ${error.status}` : error.message;
    return { ok: false, message: `unexpected answer from ${service} at ${host}: ${status}` };
  }
  return {
    ok: false,
    message: `unexpected failure talking to ${service}: ${error instanceof Error ? error.message : String(error)}`,
  };
}

export interface ConnectionProbe {
  readonly providerId: string;
  /** Name used in messages, e.g. "Runway". */
  readonly service: string;
  /** Reads the provider's cloud settings; may throw a ConfigError. */
  readonly settings: () => CloudSettings;
  readonly redact: (text: string) => string;
  /** One authenticated read, e.g. GET /v1/organization. */
  readonly read: (settings: CloudSettings, signal: AbortSignal) => Promise<unknown>;
}

/** "Test connection" for a cloud provider: ok, wrong key, unreachable — with the key redacted. */
export async function checkCloudConnection(
  probe: ConnectionProbe,
  signal: AbortSignal,
): Promise<ConnectionCheck> {
  let cloud: CloudSettings;
  try {
    cloud = probe.settings();
  } catch (error) {
    return { ok: false, message: probe.redact((error as Error).message) };
  }
  if (!cloud.apiKey) return { ok: false, message: missingKeyReason(probe.providerId) };
  const host = safeHost(cloud.baseUrl);
  try {
    await probe.read(cloud, withTimeout(signal, cloud.requestTimeoutMs));
    return { ok: true, message: `ok: ${host} accepted the key` };
  } catch (error) {
    const check = connectionCheckFromError(error, probe.service, host);
    return { ok: check.ok, message: probe.redact(check.message) };
  }
}
