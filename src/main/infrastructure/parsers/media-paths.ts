import path from 'node:path';
import type { ScriptParseInput } from '#core/parser.js';

/**
 * Resolves a media path as written in a script: relative paths are relative to the script's own
 * folder (so a script and its music can move together), or to the working directory for text
 * that did not come from a file.
 */
export function resolveMediaPath(mediaPath: string, input: ScriptParseInput): string {
  const base = input.path !== undefined ? path.dirname(path.resolve(input.path)) : process.cwd();
  const resolved = path.resolve(base, mediaPath);
  const moved = input.mediaPaths;
  return moved !== undefined && Object.hasOwn(moved, resolved) ? moved[resolved]! : resolved;
}
