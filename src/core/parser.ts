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
  /**
   * Which files on this machine the script may use as media, when its text came from someone
   * who may not read every file (the page, a REST client). Without it, any path resolves (the CLI).
   */
  readonly localMedia?: LocalMediaRule;
}

/** Which resolved media paths a script may name, and what to tell it about the others. */
export interface LocalMediaRule {
  allows(absolutePath: string): boolean;
  /** Why a path is refused and what to do instead; never names the resolved path. */
  readonly refusal: string;
}

/** Turns one script format into a `VideoScript`, or throws `ScriptValidationError`. */
export interface ScriptParser {
  readonly format: ScriptFormat;
  /** How sure the parser is that the content is its format, 0–1, judged from the content. */
  detect(input: ScriptParseInput): number;
  parse(input: ScriptParseInput): VideoScript;
}
