import type { NarrationSettingsView } from '#shared/narration-api-types.js';

export interface VoiceOption {
  /** As written in config.json and scripts: `"off"` or `"<provider>:<voice>"`. */
  readonly value: string;
  readonly label: string;
}

/**
 * The default voice's choices: off, then every provider's voices (its default first), each
 * labelled with the provider's name and, when it cannot speak now, why. The current setting is
 * always offered, even if it names a voice the provider did not list (written by hand in config.json).
 */
export function voiceOptions(view: NarrationSettingsView): VoiceOption[] {
  const options: VoiceOption[] = [{ value: 'off', label: 'Off — no narration' }];
  for (const provider of view.providers) {
    const state = provider.available ? '' : ` (unavailable: ${provider.reason ?? 'unknown reason'})`;
    for (const voice of provider.voices) {
      const isDefault = voice === provider.defaultVoice ? ', default' : '';
      options.push({
        value: `${provider.id}:${voice}`,
        label: `${provider.name} — ${voice}${isDefault}${state}`,
      });
    }
  }
  if (!options.some((option) => option.value === view.defaultVoice)) {
    options.push({ value: view.defaultVoice, label: `${view.defaultVoice} (from config.json)` });
  }
  return options;
}
