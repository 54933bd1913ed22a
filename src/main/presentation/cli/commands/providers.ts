import { checkProvider } from '../../../application/provider-check.js';
import type { ReelforgeCore } from '../../../composition-root.js';
import type { CliIO } from '../cli-io.js';

export async function providersCommand(
  core: Pick<ReelforgeCore, 'service' | 'config' | 'registry'>,
  json: boolean,
  io: CliIO,
  check = false,
): Promise<number> {
  if (check) return checkCommand(core, json, io);
  const { service, config } = core;
  const providers = await service.listProviderStatuses();
  const metrics = new Map(service.getMetrics().providers.map((m) => [m.providerId, m]));
  if (json) {
    for (const p of providers) io.out(`${JSON.stringify({ ...p, metrics: metrics.get(p.id) ?? null })}\n`);
    return 0;
  }
  const defaultProvider = config.get().global.defaultProvider;
  io.out(`default provider: ${defaultProvider}\n`);
  for (const p of providers) {
    const m = metrics.get(p.id);
    const state = p.isAvailable ? 'available' : `unavailable: ${p.reason ?? 'unknown reason'}`;
    io.out(`${p.id.padEnd(10)} ${p.name}${p.version ? ` (${p.version})` : ''}\n`);
    io.out(`           ${state}${p.autoSelectable ? '' : ' · used only when chosen by name'}\n`);
    io.out(
      `           capabilities: ${p.capabilities.join(', ')} · qualities: ${p.qualities.join(', ')} · max concurrent: ${p.maxConcurrent}\n`,
    );
    if (m && m.successes + m.failures > 0) {
      const average = m.averageSeconds !== undefined ? `, average ${m.averageSeconds.toFixed(1)} s` : '';
      const lastError = m.lastError ? `, last error: ${m.lastError}` : '';
      io.out(`           ${m.successes} succeeded, ${m.failures} failed${average}${lastError}\n`);
    }
  }
  return 0;
}

/**
 * `providers --check`: one authenticated request per provider that supports it (the cloud ones)
 * to tell ok, wrong key and unreachable apart. Exit code 1 when any enabled check failed.
 */
async function checkCommand(
  { config, registry }: Pick<ReelforgeCore, 'config' | 'registry'>,
  json: boolean,
  io: CliIO,
): Promise<number> {
  let failed = 0;
  // All at once: a cloud check can take up to its timeout.
  const checks = await Promise.all(registry.list().map((provider) => checkProvider(provider)));
  for (const { id, ok, message } of checks) {
    if (!ok && config.provider(id).enabled) failed += 1;
    io.out(
      json
        ? `${JSON.stringify({ id, ok, message })}\n`
        : `${id.padEnd(10)} ${ok ? 'ok' : 'FAILED'}  ${message}\n`,
    );
  }
  return failed === 0 ? 0 : 1;
}
