import { formatVoiceChoice, parseVoiceChoice } from '#core/narration/voice-choice.js';
import { describeVoiceProviders } from '../../../application/narration/voice-listing.js';
import { VoiceRegistry } from '../../../application/narration/voice-registry.js';
import { ApiCallError, type ApiHandlers } from '#shared/api-contract.js';
import type { NarrationSettingsView, PiperFileField } from '#shared/narration-api-types.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';
import type { FileDialogOptions } from '../desktop-platform.js';

type NarrationCalls = 'narration.get' | 'narration.update' | 'narration.chooseFile';

/** Where each of piper's files lives in config.json, and the dialog that chooses it. */
const PIPER_FILES: Record<PiperFileField, { readonly key: string; readonly dialog: FileDialogOptions }> = {
  binaryPath: { key: 'binary_path', dialog: { title: 'Choose the piper program' } },
  modelPath: {
    key: 'model_path',
    dialog: {
      title: 'Choose a Piper voice',
      filters: [{ name: 'Piper voices (.onnx)', extensions: ['onnx'] }],
    },
  },
};

/**
 * Narration settings for the Settings view. The page is untrusted: it may pick a voice among the
 * registered providers and a pace, and learn whether a key is stored; piper's program and voice
 * file (a program Reelforge runs, a file it reads) are set only by a dialog main opens, so the page
 * never names a path. Voice keys go through `settings.setApiKey` like the video providers'; no call
 * here touches an API URL.
 */
export function narrationHandlers({
  config,
  voices = new VoiceRegistry(),
  platform,
}: ApiHandlerDeps): Pick<ApiHandlers, NarrationCalls> {
  const hasKey = (id: string) => Boolean(config.provider(id).apiKey) || (platform.secrets?.has(id) ?? false);
  const view = async (): Promise<NarrationSettingsView> => {
    const narration = config.get().narration;
    const piper = config.provider('piper');
    const model = piper.options['model_path'];
    return {
      defaultVoice: narration?.defaultVoice ?? 'off',
      rate: narration?.rate ?? 1,
      providers: await describeVoiceProviders(voices, hasKey),
      piper: {
        ...(piper.binaryPath ? { binaryPath: piper.binaryPath } : {}),
        ...(typeof model === 'string' && model.trim() !== '' ? { modelPath: model } : {}),
      },
      canChooseFiles: Boolean(platform.chooseFile),
    };
  };
  return {
    'narration.get': view,
    'narration.update': async ({ defaultVoice, rate }) => {
      let voice: string | undefined;
      if (defaultVoice !== undefined) {
        const choice = parseVoiceChoice(defaultVoice);
        if ('error' in choice)
          throw new ApiCallError('invalid-payload', `narration.defaultVoice: ${choice.error}`);
        if (choice.kind === 'voice' && !voices.get(choice.providerId)) {
          const known = ['off', ...voices.list().map((p) => p.id)].join(', ');
          throw new ApiCallError(
            'invalid-payload',
            `narration.defaultVoice: unknown voice provider "${choice.providerId}" (use one of: ${known})`,
          );
        }
        voice = formatVoiceChoice(choice);
      }
      const section = {
        ...(voice !== undefined ? { default_voice: voice } : {}),
        ...(rate !== undefined ? { rate } : {}),
      };
      if (Object.keys(section).length > 0) config.update({ narration: section });
      return view();
    },
    'narration.chooseFile': async ({ field }) => {
      const file = PIPER_FILES[field];
      if (!platform.chooseFile) {
        throw new ApiCallError(
          'forbidden',
          `providers.piper.${file.key}: a browser page may not choose a program to run or a file to read; set providers.piper.${file.key} in config.json instead`,
        );
      }
      const chosen = await platform.chooseFile(file.dialog);
      if (!chosen) return undefined;
      config.update({ providers: { piper: { [file.key]: chosen } } });
      return view();
    },
  };
}
