import type { ConfigManager } from '#core/config.js';
import type { ProviderRegistry } from '#core/registry.js';
import type { AnalyticsRepository } from '../../application/analytics/ports.js';
import type { ScriptLibrary } from '../../application/script-library.js';
import type { UserPathGrants } from '../../application/user-path-grants.js';
import type { VideoGenerationService } from '../../application/video-generation-service.js';
import type { ApiHandlers } from '#shared/api-contract.js';
import type { AppInfo } from '#shared/api-types.js';
import type { DesktopPlatform } from './desktop-platform.js';
import { analyticsHandlers } from './handlers/analytics-handlers.js';
import { jobsHandlers } from './handlers/jobs-handlers.js';
import { libraryHandlers } from './handlers/library-handlers.js';
import { providersHandlers } from './handlers/providers-handlers.js';
import { settingsHandlers } from './handlers/settings-handlers.js';
import { webhooksHandlers } from './handlers/webhooks-handlers.js';
import { templatesHandlers } from './handlers/templates-handlers.js';
import { narrationHandlers } from './handlers/narration-handlers.js';
import type { VoiceRegistry } from '../../application/narration/voice-registry.js';
import { farmHandlers } from './handlers/farm-handlers.js';
import type { FarmStatusBoard } from './farm-overview.js';
import type { TemplateStore } from '../../infrastructure/templates/index.js';
import type { Webhooks } from '../../infrastructure/webhooks/index.js';

export interface ApiHandlerDeps {
  readonly service: VideoGenerationService;
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  readonly library: ScriptLibrary;
  readonly platform: DesktopPlatform;
  /** Paths the user gave in main; the only ones the page may have read. */
  readonly grants: UserPathGrants;
  readonly info: Omit<AppInfo, 'canRevealFiles'>;
  /** Imported performance numbers, for the A/B report. */
  readonly analytics: AnalyticsRepository;
  /** Webhook settings and deliveries, shown read-only. */
  readonly webhooks?: Pick<Webhooks, 'outbox' | 'targets'>;
  /** Built-in and user templates (the store the CLI uses). */
  readonly templates?: TemplateStore;
  /** The voice providers (narration settings); none registered when absent. */
  readonly voices?: VoiceRegistry;
  /** The render farm this process coordinates, when it does. */
  readonly farm?: FarmStatusBoard;
}

/**
 * The main process's side of the contract, once, as plain functions over the service and the
 * library; each group of calls lives in `handlers/<group>-handlers.ts`, named after the calls'
 * prefix (`jobs.enqueue` → `handlers/jobs-handlers.ts`). Transports (Electron IPC, the loopback
 * WebSocket) validate payloads and call these.
 */
export function createApiHandlers(deps: ApiHandlerDeps): ApiHandlers {
  return {
    'app.info': async () => ({ ...deps.info, canRevealFiles: Boolean(deps.platform.revealFile) }),
    ...libraryHandlers(deps),
    ...jobsHandlers(deps),
    ...providersHandlers(deps),
    ...settingsHandlers(deps),
    ...analyticsHandlers(deps),
    ...webhooksHandlers(deps),
    ...templatesHandlers(deps),
    ...narrationHandlers(deps),
    ...farmHandlers(deps),
  };
}
