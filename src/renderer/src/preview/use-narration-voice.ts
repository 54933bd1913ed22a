import { useApi, useApiEvent } from '../app/api-context.js';
import { useAsync } from '../state/use-async.js';

/**
 * The voice a script's render will speak with, as far as the page knows, in the render's order:
 * the script's own `"voice"`, its channel's (`channels.<id>.voice`), the settings'
 * `narration.default_voice`. Kept current when the settings change.
 */
export function useNarrationVoice(
  scriptVoice: string | undefined,
  channelId: string | undefined,
): string | undefined {
  const api = useApi();
  const known = useAsync(async () => {
    const [narration, settings] = await Promise.all([api['narration.get']({}), api['settings.get']({})]);
    return { defaultVoice: narration.defaultVoice, channels: settings.channels };
  }, 'narration-voice');
  useApiEvent('settings', () => known.reload());
  const channelVoice = known.data?.channels.find((channel) => channel.id === channelId)?.narration?.voice;
  return scriptVoice ?? channelVoice ?? known.data?.defaultVoice;
}
