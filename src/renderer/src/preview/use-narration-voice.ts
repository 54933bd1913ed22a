import { useApi, useApiEvent } from '../app/api-context.js';
import { useAsync } from '../state/use-async.js';

/**
 * The voice a script's render will speak with, as far as the page knows: the script's own
 * `"voice"`, else the settings' `narration.default_voice` (kept current when settings change).
 */
export function useNarrationVoice(scriptVoice: string | undefined): string | undefined {
  const api = useApi();
  const narration = useAsync(() => api['narration.get']({}), 'narration-default-voice');
  useApiEvent('settings', () => narration.reload());
  return scriptVoice ?? narration.data?.defaultVoice;
}
