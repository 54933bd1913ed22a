import type { VoiceRegistry } from '../../../application/narration/voice-registry.js';
import type { CliIO } from '../cli-io.js';

/** `voices`: every voice provider with its availability (and why not), default voice and languages. */
export async function voicesCommand(
  voices: VoiceRegistry,
  defaultVoice: string,
  json: boolean,
  io: CliIO,
): Promise<number> {
  const rows = await Promise.all(
    voices.list().map(async (provider) => ({
      id: provider.id,
      name: provider.name,
      ...(await provider.isAvailable()),
      defaultVoice: provider.defaultVoice,
      wordTimings: provider.capabilities.wordTimings,
      languages: provider.capabilities.languages,
    })),
  );
  if (json) {
    for (const row of rows) io.out(`${JSON.stringify(row)}\n`);
    return 0;
  }
  io.out(`default voice: ${defaultVoice}\n`);
  for (const row of rows) {
    const state = row.available ? 'available' : `unavailable: ${row.reason ?? 'unknown reason'}`;
    io.out(`${row.id.padEnd(10)} ${row.name}${row.version ? ` (${row.version})` : ''}\n`);
    io.out(`           ${state} · default voice: ${row.defaultVoice}\n`);
    if (row.languages.length > 0) {
      const shown = row.languages.slice(0, 12).join(', ');
      const more = row.languages.length > 12 ? ` and ${row.languages.length - 12} more` : '';
      io.out(`           languages: ${shown}${more}\n`);
    }
  }
  return 0;
}
