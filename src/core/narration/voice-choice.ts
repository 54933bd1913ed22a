/**
 * Which voice narrates a script: `"off"`, or `"<provider>[:<voice>]"` such as `"espeak-ng"` or
 * `"espeak-ng:en-us"`. Written the same way in scripts, on the command line and in config.json.
 */
export type VoiceChoice =
  { readonly kind: 'off' } | { readonly kind: 'voice'; readonly providerId: string; readonly voice?: string };

export const VOICE_OFF = 'off';

const PROVIDER_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
// Voice names go on a command line or into a URL path: letters, digits and a few separators only.
const VOICE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,79}$/;

/** The choice written in `text`, or a sentence saying what is wrong with it. */
export function parseVoiceChoice(text: string): VoiceChoice | { readonly error: string } {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === VOICE_OFF) return { kind: 'off' };
  const colon = trimmed.indexOf(':');
  const providerId = (colon === -1 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
  const voice = colon === -1 ? undefined : trimmed.slice(colon + 1);
  if (!PROVIDER_ID.test(providerId)) {
    return { error: `expected "off" or "<provider>[:<voice>]" (e.g. "espeak-ng:en-us"), got "${text}"` };
  }
  if (voice !== undefined && !VOICE_NAME.test(voice)) {
    return {
      error: `voice name "${voice}" may hold only letters, digits and _ . + - (e.g. "espeak-ng:en-us")`,
    };
  }
  return { kind: 'voice', providerId, ...(voice !== undefined ? { voice } : {}) };
}

export function isVoiceChoiceError(value: ReturnType<typeof parseVoiceChoice>): value is { error: string } {
  return 'error' in value;
}

export function formatVoiceChoice(choice: VoiceChoice): string {
  if (choice.kind === 'off') return VOICE_OFF;
  return choice.voice === undefined ? choice.providerId : `${choice.providerId}:${choice.voice}`;
}
