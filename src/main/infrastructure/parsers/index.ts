export { JsonScriptParser } from './json-script-parser.js';
export { MarkdownScriptParser } from './markdown-script-parser.js';
export { TextScriptParser } from './text-script-parser.js';
export {
  chooseScriptParser,
  createDefaultScriptParsers,
  formatFromFileName,
  parseScript,
} from './parse-script.js';
export { readScriptFile } from './read-script-file.js';
export { decodeScriptBytes } from './decode-script-bytes.js';
export { MAX_SCRIPT_BYTES, prepareContent } from './script-content.js';
export { finishScript } from './finish-script.js';
export type { FinishOptions } from './finish-script.js';
export type { DraftPoints, DraftValue, DraftVoiceOvers, RequiredField, ScriptDraft } from './script-draft.js';
export { createScriptReader } from './script-reader.js';
