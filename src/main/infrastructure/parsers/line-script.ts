import type { ValidationIssue } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { finishScript, throwIssues, type FinishOptions } from './finish-script.js';
import { guardParse } from './parse-guard.js';
import { prepareContent, splitLines } from './script-content.js';
import type { ScriptDraft } from './script-draft.js';

/** A line-by-line reader of one format (text, Markdown). */
export interface LineScriptReader {
  read(lines: readonly string[]): void;
  draft(): ScriptDraft;
  readonly issues: readonly ValidationIssue[];
}

/**
 * The shared path of the line-based formats: tidy the content, refuse it when empty, read it
 * line by line, and finish with the common field checks ("missing" issues point at the last line).
 */
export function parseLineScript(
  input: ScriptParseInput,
  reader: LineScriptReader,
  options: Omit<FinishOptions, 'input' | 'missingLine'>,
): VideoScript {
  return guardParse(input, () => {
    const content = prepareContent(input);
    if (content.trim() === '')
      throwIssues([{ field: '(content)', line: 1, message: 'the script is empty' }], input);
    const lines = splitLines(content);
    reader.read(lines);
    return finishScript(reader.draft(), reader.issues, { ...options, input, missingLine: lines.length });
  });
}
