import type { ProviderSettings } from '#core/config.js';
import { ApiCallError } from '#shared/api-contract.js';
import type { SettingsPatch } from '#shared/api-types.js';
import { providerEnvName } from '../../infrastructure/config/index.js';

export interface SettingsGuardContext {
  /** A provider's settings as they apply now (config.json and environment). */
  readonly settings: (providerId: string) => ProviderSettings;
  /** True when the desktop app's encrypted store holds a key for the provider. */
  readonly hasStoredKey: (providerId: string) => boolean;
  /** Asks the user, outside the page, whether `path` may be run; absent where no one can be asked. */
  readonly confirmBinaryPath?: (providerId: string, path: string) => Promise<boolean>;
}

/** What a patch that passed the guard must also do once it is saved. */
export interface GuardedPatch {
  /** Stored keys to forget: they were saved for an API URL that is changing. */
  readonly clearStoredKeys: readonly string[];
}

/**
 * The page is untrusted, and two settings are worth more than they look: an API URL receives the
 * provider's key, and a binary path is a program Reelforge runs. So, for a patch from the page:
 * - an API URL may change only while the key is one the desktop app stored (which is then
 *   forgotten, the user enters it again for the new address); a key from config.json or the
 *   environment is the user's own setting, and only they may move it, by editing that file;
 * - a new binary path takes effect only once the user confirms it in main (a native dialog); in
 *   browser mode nobody can be asked, so it is refused. Clearing it is allowed: discovery then
 *   falls back to the environment and PATH.
 * Edits of config.json and the environment stay trusted: they never pass through here.
 */
export async function guardSettingsPatch(
  patch: SettingsPatch,
  context: SettingsGuardContext,
): Promise<GuardedPatch> {
  const clearStoredKeys: string[] = [];
  for (const [id, change] of Object.entries(patch.providers ?? {})) {
    const current = context.settings(id);
    const apiUrl = change.apiUrl?.trim() || undefined;
    if (change.apiUrl !== undefined && apiUrl !== current.apiUrl) {
      if (current.apiKey) {
        throw new ApiCallError(
          'forbidden',
          `providers.${id}.apiUrl: cannot be changed from the app while the API key comes from config.json or ${providerEnvName(id, 'API_KEY')} (the key would go to the new address); edit api_url in config.json instead`,
        );
      }
      if (context.hasStoredKey(id)) clearStoredKeys.push(id);
    }
    const binaryPath = change.binaryPath?.trim() || undefined;
    if (binaryPath !== undefined && binaryPath !== current.binaryPath) {
      if (!context.confirmBinaryPath) {
        throw new ApiCallError(
          'forbidden',
          `providers.${id}.binaryPath: the browser page may not choose a program to run; set providers.${id}.binary_path in config.json or the environment instead`,
        );
      }
      if (!(await context.confirmBinaryPath(id, binaryPath))) {
        throw new ApiCallError(
          'forbidden',
          `providers.${id}.binaryPath: ${JSON.stringify(binaryPath)} was not confirmed, so it was not saved`,
        );
      }
    }
  }
  return { clearStoredKeys };
}
