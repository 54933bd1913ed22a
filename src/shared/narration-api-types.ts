// What the Settings view's Narration panel shows: the voice providers with their voices, and the
// narration settings. Keys appear only as "one is stored"; piper's files only as paths main chose.

import type { VoiceProviderView } from '#core/narration/voice-provider-view.js';

export type { VoiceProviderView };

/** Piper's program and voice file: set in config.json, the CLI, or a native dialog in the desktop app. */
export interface PiperPathsView {
  readonly binaryPath?: string;
  readonly modelPath?: string;
}

export interface NarrationSettingsView {
  /** `narration.default_voice`: `"off"` or `"<provider>[:<voice>]"`. */
  readonly defaultVoice: string;
  /** `narration.rate`, 1 = the voice's normal pace. */
  readonly rate: number;
  readonly providers: readonly VoiceProviderView[];
  readonly piper: PiperPathsView;
  /** Whether main can open a file dialog for piper's paths (the desktop app, not a browser page). */
  readonly canChooseFiles: boolean;
}

/** Which of piper's two files a native dialog sets. */
export const PIPER_FILE_FIELDS = ['binaryPath', 'modelPath'] as const;
export type PiperFileField = (typeof PIPER_FILE_FIELDS)[number];
