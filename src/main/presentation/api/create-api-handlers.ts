import type { ConfigManager } from '#core/config.js';
import { describeError, JobNotFoundError } from '#core/errors.js';
import type { ProviderRegistry } from '#core/registry.js';
import { checkProvider } from '../../application/provider-check.js';
import type { ScriptLibrary } from '../../application/script-library.js';
import type { UserPathGrants } from '../../application/user-path-grants.js';
import type { VideoGenerationService } from '../../application/video-generation-service.js';
import type { ApiHandlers } from '../../../shared/api-contract.js';
import { ApiCallError } from '../../../shared/api-contract.js';
import type { AppInfo, EnqueueResult, SettingsView } from '../../../shared/api-types.js';
import { providerEnvName } from '../../infrastructure/config/index.js';
import type { DesktopPlatform } from './desktop-platform.js';
import { guardSettingsPatch } from './settings-guard.js';
import { toConfigPatch, toSettingsView } from './settings-mapping.js';

export interface ApiHandlerDeps {
  readonly service: VideoGenerationService;
  readonly config: ConfigManager;
  readonly registry: ProviderRegistry;
  readonly library: ScriptLibrary;
  readonly platform: DesktopPlatform;
  /** Paths the user gave in main; the only ones the page may have read. */
  readonly grants: UserPathGrants;
  readonly info: Omit<AppInfo, 'canRevealFiles'>;
}

/**
 * The main process's side of the contract, once, as plain functions over the service and the
 * library. Transports (Electron IPC, the loopback WebSocket) validate payloads and call these.
 */
export function createApiHandlers(deps: ApiHandlerDeps): ApiHandlers {
  const { service, config, registry, library, platform, grants } = deps;

  const settingsView = (): SettingsView =>
    toSettingsView(
      config.get(),
      registry.list().map((p) => p.id),
      (id) => config.provider(id),
      (id) => platform.secrets?.has(id) ?? false,
      (id) => registry.get(id)?.settingsFields?.includes('testMode') ?? false,
    );

  const job = (id: string) => {
    try {
      return service.getVideoStatus(id);
    } catch (error) {
      if (error instanceof JobNotFoundError) throw new ApiCallError('not-found', error.message);
      throw error;
    }
  };

  return {
    'app.info': async () => ({ ...deps.info, canRevealFiles: Boolean(platform.revealFile) }),

    'library.list': async () => library.list(),
    'library.addFiles': async ({ files }) => library.addFiles(files),
    'library.addPaths': async ({ paths }) => {
      // Refused alike whether or not the file exists, so the page learns nothing about the disk.
      const refused = paths.find((path) => !grants.allows(path));
      if (refused !== undefined) {
        throw new ApiCallError(
          'forbidden',
          `library.addPaths: ${JSON.stringify(refused)} is not a script you opened or dropped; add it with Open… or by dropping it on the window`,
        );
      }
      return library.addPaths(paths);
    },
    'library.remove': async ({ id }) => ({ removed: library.remove(id) }),
    'library.reimport': async ({ id }) => {
      const entry = await library.reimport(id);
      if (!entry) throw new ApiCallError('not-found', `no script with id ${id} in the library`);
      return entry;
    },
    'library.openDialog': async () => {
      if (!platform.chooseScripts) return [];
      const paths = await platform.chooseScripts();
      for (const path of paths) grants.grant(path);
      return paths.length > 0 ? library.addPaths(paths) : [];
    },

    'jobs.enqueue': async ({ libraryIds, provider, quality, aspectRatio }) => {
      const result: {
        jobs: EnqueueResult['jobs'][number][];
        rejected: { libraryId: string; message: string }[];
      } = {
        jobs: [],
        rejected: [],
      };
      for (const libraryId of libraryIds) {
        const source = library.source(libraryId);
        if (!source) {
          result.rejected.push({ libraryId, message: `no script with id ${libraryId} in the library` });
          continue;
        }
        try {
          result.jobs.push(
            await service.enqueue(
              { kind: 'text', content: source.content, name: source.name, path: source.path },
              { provider, quality, aspectRatio },
            ),
          );
        } catch (error) {
          result.rejected.push({ libraryId, message: describeError(error) });
        }
      }
      return result;
    },
    'jobs.list': async ({ filter }) => service.listJobs(filter),
    'jobs.get': async ({ id }) => job(id),
    'jobs.cancel': async ({ id }) => service.cancel(job(id).id),
    'jobs.retry': async ({ id }) => service.retry(job(id).id),
    'jobs.delete': async ({ id, deleteFiles }) => {
      await service.deleteJob(job(id).id, { deleteFiles });
      return { deleted: true };
    },
    'jobs.reveal': async ({ id }) => {
      const output = job(id).result?.outputPath;
      if (!output) throw new ApiCallError('not-found', `job ${id} has no output file`);
      if (!platform.revealFile) return { revealed: false };
      platform.revealFile(output);
      return { revealed: true };
    },

    'providers.list': async () => service.getAvailableProviders(),
    'providers.check': async ({ id }) => {
      const provider = registry.get(id);
      if (!provider) throw new ApiCallError('not-found', `no provider with id ${id}`);
      return checkProvider(provider);
    },
    'metrics.get': async () => service.getMetrics(),

    'settings.get': async () => settingsView(),
    'settings.update': async ({ patch }) => {
      for (const id of Object.keys(patch.providers ?? {})) {
        if (!registry.get(id))
          throw new ApiCallError('invalid-payload', `settings: unknown provider "${id}"`);
      }
      const provider = patch.global?.defaultProvider;
      if (provider && provider !== 'auto' && !registry.get(provider)) {
        throw new ApiCallError('invalid-payload', `settings: unknown default provider "${provider}"`);
      }
      const guarded = await guardSettingsPatch(patch, {
        settings: (id) => config.provider(id),
        hasStoredKey: (id) => platform.secrets?.has(id) ?? false,
        confirmBinaryPath: platform.confirmBinaryPath?.bind(platform),
      });
      config.update(toConfigPatch(patch));
      for (const id of guarded.clearStoredKeys) platform.secrets?.set(id, '');
      return settingsView();
    },
    'settings.setApiKey': async ({ providerId, apiKey }) => {
      if (!platform.secrets) {
        throw new ApiCallError(
          'failed',
          `API keys can only be stored by the desktop app; set ${providerEnvName(providerId, 'API_KEY')} instead`,
        );
      }
      platform.secrets.set(providerId, apiKey);
      return settingsView();
    },
    'settings.chooseOutputDir': async () => {
      const folder = await platform.chooseFolder?.();
      if (!folder) return undefined;
      config.update({ global: { output_dir: folder } });
      return settingsView();
    },
  };
}
