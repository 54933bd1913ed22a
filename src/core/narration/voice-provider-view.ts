// One voice provider as the Settings view lists it: built in main (application/narration/
// voice-listing.ts), shown by the page (src/shared/narration-api-types.ts).

/** One voice provider as the page sees it. */
export interface VoiceProviderView {
  readonly id: string;
  readonly name: string;
  readonly available: boolean;
  /** Why it cannot speak now (not installed, no key, no model). */
  readonly reason?: string;
  readonly version?: string;
  readonly defaultVoice: string;
  /** Voices to choose from; always holds the default voice. */
  readonly voices: readonly string[];
  readonly wordTimings: boolean;
  /** Sends text to a service on the network (a cloud voice). */
  readonly online: boolean;
  /** It needs an API key (set with `settings.setApiKey`, never read back). */
  readonly readsApiKey: boolean;
  readonly hasApiKey: boolean;
}
