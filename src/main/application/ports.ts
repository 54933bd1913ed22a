import type { ChannelStrategy } from '#core/channel.js';
import type { ScriptParseInput } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import type { ReelforgeTemplate } from '#core/templates/template-schema.js';
import type { TemplateAssets } from '#core/templates/template-logo.js';

/** Finds a channel's strategy; throws `ScriptValidationError` (field "channel") for unknown ids. */
export interface ChannelLookup {
  require(channelId: string, file?: string): ChannelStrategy;
}

/** The templates a script may name (built-in and the user's); implemented by the template store. */
export interface TemplateLookup {
  find(id: string): ReelforgeTemplate | undefined;
  knownIds(): string[];
  /**
   * The files template `id` points at (its logo), resolved and checked; a bad one is a
   * ScriptValidationError naming the template file and the field.
   */
  assetsOf?(id: string): TemplateAssets;
}

/** Reads and parses scripts; implemented by the parsers in infrastructure. */
export interface ScriptReader {
  /**
   * `bytesPath`: the path exactly as the file system spells it, when `path` is only a lossy
   * decoding of it (a file name that is not valid UTF-8 reads as U+FFFD in `path`).
   */
  readFile(path: string, bytesPath?: Uint8Array): Promise<ScriptParseInput>;
  parse(input: ScriptParseInput): VideoScript;
  /**
   * Throws ScriptValidationError when content is no script at all, before any parser sees it
   * (larger than the cap, binary): what `parse` would reject first, with the same issue.
   */
  screen(input: ScriptParseInput): void;
}

/** Removes a finished job's files when the user deletes it from history. */
export interface OutputFileRemover {
  /**
   * Deletes those of `paths` that are files inside `folder`, also after resolving symlinks;
   * anything else (a path the history was made to point elsewhere) is left alone.
   */
  removeInside(folder: string, paths: readonly string[]): Promise<void>;
}
