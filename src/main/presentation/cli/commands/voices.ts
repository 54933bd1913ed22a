import { describeVoiceProviders } from '../../../application/narration/voice-listing.js';
import type { VoiceRegistry } from '../../../application/narration/voice-registry.js';
import type { CliIO } from '../cli-io.js';

/**
 * `voices`: every voice provider with its availability (and why not), whether it is offline or
 * online, its default voice and its voices: the same listing as the Settings view's Narration panel.
 */
export async function voicesCommand(
  voices: VoiceRegistry,
  defaultVoice: string,
  json: boolean,
  io: CliIO,
): Promise<number> {
  // The CLI reads keys from config.json and the environment; the provider's availability says so.
  const described = await describeVoiceProviders(voices, () => false);
  const rows = described.map(({ hasApiKey: _stored, readsApiKey: _reads, ...row }) => ({
    ...row,
    languages: voices.get(row.id)?.capabilities.languages ?? [],
  }));
  if (json) {
    for (const row of rows) io.out(`${JSON.stringify(row)}\n`);
    return 0;
  }
  io.out(`default voice: ${defaultVoice}\n`);
  for (const row of rows) {
    const state = row.available ? 'available' : `unavailable: ${row.reason ?? 'unknown reason'}`;
    io.out(`${row.id.padEnd(10)} ${row.name}${row.version ? ` (${row.version})` : ''}\n`);
    io.out(
      `           ${state} · ${row.online ? 'online' : 'offline'} · default voice: ${row.defaultVoice}\n`,
    );
    const shown = row.voices.slice(0, 12).join(', ');
    const more = row.voices.length > 12 ? ` and ${row.voices.length - 12} more` : '';
    io.out(`           voices: ${shown}${more}\n`);
  }
  return 0;
}
