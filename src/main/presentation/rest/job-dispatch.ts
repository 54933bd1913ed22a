import type { DesktopRuntime } from '../../desktop-runtime.js';
import {
  startFarmCoordinator,
  type FarmCoordinatorRuntime,
} from '../../infrastructure/queue/farm-coordinator-runtime.js';
import { farmRedisUrl } from '../../infrastructure/queue/farm-settings.js';

/**
 * Starts rendering a runtime's jobs (created with `start: false`): through the render farm when
 * `queue.redis_url` / REELFORGE_REDIS_URL names a Redis — the service then keeps the jobs in
 * SQLite and renders nothing itself — or in this process otherwise. One piece for every
 * coordinator: `reelforge serve`, `npm run web` and the desktop app.
 */
export function startJobDispatch(
  runtime: Pick<DesktopRuntime, 'service' | 'database' | 'config'>,
  env: NodeJS.ProcessEnv,
): FarmCoordinatorRuntime | undefined {
  const redisUrl = farmRedisUrl(runtime.config, env);
  if (redisUrl === undefined) {
    runtime.service.start();
    return undefined;
  }
  return startFarmCoordinator({ service: runtime.service, database: runtime.database, redisUrl });
}
