import type { ScriptPart } from '#core/errors.js';
import type { DraftVariant } from './variant-draft.js';

/**
 * What a parser hands to the shared validation: the raw values it found, each with the name the
 * script itself uses for it and, for line-based formats, where it stood.
 */

/** One text value as written, before whitespace is normalised. */
export interface DraftValue {
  readonly text: string;
  /** Field name in the script's own spelling, e.g. `main_points[2]` or `call to action`. */
  readonly field: string;
  readonly line?: number;
}

export interface DraftPoints {
  readonly items: readonly DraftValue[];
  readonly field: string;
  readonly line?: number;
}

export interface DraftVoiceOvers {
  readonly field: string;
  readonly hook?: DraftValue;
  /** By main point index; `undefined` where a point has no voice-over. */
  readonly mainPoints?: { readonly field: string; readonly items: readonly (DraftValue | undefined)[] };
  readonly callToAction?: DraftValue;
}

export interface ScriptDraft {
  channel?: DraftValue;
  topic?: DraftValue;
  hook?: DraftValue;
  mainPoints?: DraftPoints;
  callToAction?: DraftValue;
  music?: DraftValue;
  /** A publishing preset id (`tiktok`, `reels`, `shorts`, `generic`). */
  platform?: DraftValue;
  /** A template id (JSON `"template"`); checked against the templates when the script is prepared. */
  template?: DraftValue;
  voiceOvers?: DraftVoiceOvers;
  /** A/B variants, when the script declares any. */
  variants?: readonly DraftVariant[];
  /** `off` or `<provider>[:<voice>]`. */
  voice?: DraftValue;
  /** Burned-in captions on or off, as written (`true`, `no`, …). */
  captions?: DraftValue;
  /** Required fields present but unusable (e.g. a number for the hook), already reported by the parser. */
  reported?: ReadonlySet<RequiredField>;
}

/** The fields every script must have. */
export type RequiredField = ScriptPart;
