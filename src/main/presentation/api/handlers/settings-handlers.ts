import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import type { SettingsView } from '#shared/api-types.js';
import { providerEnvName, resolveUserPath } from '../../../infrastructure/config/index.js';
import { findOutputFolderProblem } from '../../../infrastructure/files/output-folder-check.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';
import { guardSettingsPatch } from '../settings-guard.js';
import { toConfigPatch, toSettingsView } from '../settings-mapping.js';

type SettingsCalls = 'settings.get' | 'settings.update' | 'settings.setApiKey' | 'settings.chooseOutputDir';

/** Settings: the config as the UI shows it; keys write-only; URLs and programs guarded. */
export function settingsHandlers({
  config,
  registry,
  platform,
}: ApiHandlerDeps): Pick<ApiHandlers, SettingsCalls> {
  const settingsView = (): SettingsView => {
    const view = toSettingsView(
      config.get(),
      registry.list().map((p) => p.id),
      (id) => config.provider(id),
      (id) => platform.secrets?.has(id) ?? false,
      (id) => registry.get(id)?.settingsFields?.includes('testMode') ?? false,
    );
    const setByEnvironment = config.settingsSetByEnvironment?.(Object.keys(view.providers)) ?? {};
    return Object.keys(setByEnvironment).length > 0 ? { ...view, setByEnvironment } : view;
  };
  return {
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
      const outputDir = patch.global?.outputDir;
      if (outputDir !== undefined) {
        // Checked where renders will write (relative paths are taken from the config's folder).
        const problem = await findOutputFolderProblem(resolveUserPath(outputDir, config.dataDir));
        if (problem) throw new ApiCallError('invalid-payload', `global.outputDir: ${problem}`);
      }
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
      // Saving it would change nothing: renders go where the variable says.
      const variable = settingsView().setByEnvironment?.['global.outputDir'];
      if (variable)
        throw new ApiCallError('failed', `global.outputDir: set by ${variable}; unset it to choose here`);
      const folder = await platform.chooseFolder?.();
      if (!folder) return undefined;
      const problem = await findOutputFolderProblem(folder);
      if (problem) throw new ApiCallError('invalid-payload', `global.outputDir: ${problem}`);
      config.update({ global: { output_dir: folder } });
      return settingsView();
    },
  };
}
