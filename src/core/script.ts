import type { PlatformId } from './platform-presets.js';
import type { ScriptVariant } from './variants/script-variant.js';

/** The formats a script can be written in. */
export type ScriptFormat = 'json' | 'text' | 'markdown';

/** Optional media a script brings along. Paths are absolute once parsed from a file. */
export interface ScriptMedia {
  /** Background music for the whole video. */
  readonly music?: string;
  /** Voice-over per scene: the hook, each main point (by index) and the call to action. */
  readonly voiceOvers?: {
    readonly hook?: string;
    readonly mainPoints?: readonly (string | undefined)[];
    readonly callToAction?: string;
  };
}

/** Where a script came from, kept so errors and history can name the file. */
export interface ScriptSource {
  readonly format: ScriptFormat;
  /** Absolute path of the file, when it came from one. */
  readonly path?: string;
  /** A short name for messages: the file name, or "<input>". */
  readonly name: string;
}

/** A short-form video script: a hook, the main points and a call to action. */
export interface VideoScript {
  readonly channel: string;
  readonly topic: string;
  readonly hook: string;
  readonly mainPoints: readonly string[];
  readonly callToAction: string;
  readonly media?: ScriptMedia;
  /** The platform the script is written for (`"platform"`), when it names one. */
  readonly platform?: PlatformId;
  /** `"off"` or `"<provider>[:<voice>]"`: who narrates this script (over the settings' default). */
  readonly voice?: string;
  /** False turns burned-in captions off (the .vtt/.srt files are still written). */
  readonly captions?: boolean;
  readonly source: ScriptSource;
  /** A/B variants declared by the script; each renders as its own job (see `applyVariant`). */
  readonly variants?: readonly ScriptVariant[];
  /** Template id, opaque to the parsers; a variant may set it. */
  readonly template?: string;
}
