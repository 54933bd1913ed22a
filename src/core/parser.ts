import type { ScriptFormat, VideoScript } from './script.js';

export interface ScriptParseInput {
  readonly content: string;
  /** File name or path for messages and format hints; "<input>" when none. */
  readonly name: string;
  /** Absolute path, when it came from a file: media paths resolve against its folder. */
  readonly path?: string;
  /**
   * Where media named by these (resolved, absolute) paths really is: a farm worker's copies of
   * files the coordinator's script names outside its own folder. Other paths resolve as usual.
   */
  readonly mediaPaths?: Readonly<Record<string, string>>;
}

/** Turns one script format into a `VideoScript`, or throws `ScriptValidationError`. */
export interface ScriptParser {
  readonly format: ScriptFormat;
  /** How sure the parser is that the content is its format, 0–1, judged from the content. */
  detect(input: ScriptParseInput): number;
  parse(input: ScriptParseInput): VideoScript;
}
