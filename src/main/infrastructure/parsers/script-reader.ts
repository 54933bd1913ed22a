import type { ScriptReader } from '../../application/ports.js';
import type { ScriptParser } from '#core/parser.js';
import { createDefaultScriptParsers, parseScript, screenScript } from './parse-script.js';
import { readScriptFile } from './read-script-file.js';

/** The application's ScriptReader port, backed by these parsers. */
export function createScriptReader(
  parsers: readonly ScriptParser[] = createDefaultScriptParsers(),
): ScriptReader {
  return {
    readFile: (path, bytesPath) => readScriptFile(path, { bytesPath }),
    parse: (input) => parseScript(input, parsers),
    screen: (input) => screenScript(input),
  };
}
