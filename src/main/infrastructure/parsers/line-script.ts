import type { ValidationIssue } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { finishScript, throwIssues, type FinishOptions } from './finish-script.js';
import { guardParse } from './parse-guard.js';
import { prepareContent, splitLines } from './script-content.js';
import type { ScriptDraft } from './script-draft.js';

/** Problems reported per script at most; past them the script is not read on (fix these first). */
export const MAX_ISSUES_PER_SCRIPT = 100;

/** A line-by-line reader of one format (text, Markdown). */
export interface LineScriptReader {
  /**
   * Reads one line that is not blank: as written and trimmed, its 1-based number, and whether
   * blank lines came right before it (a blank line ends a value in both formats).
   */
  read(raw: string, text: string, line: number, afterBlank: boolean): void;
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
    let afterBlank = false;
    for (let index = 0; index < lines.length; index += 1) {
      // A file with a problem on every line says so a hundred times, not a hundred thousand.
      if (reader.issues.length >= MAX_ISSUES_PER_SCRIPT) {
        const more = {
          field: '(content)',
          line: index + 1,
          message: `not read past line ${index}: fix the ${MAX_ISSUES_PER_SCRIPT} problems above first`,
        };
        throwIssues([...reader.issues, more], input);
      }
      const raw = lines[index]!;
      const text = raw.trim();
      if (text === '') {
        afterBlank = true;
        continue;
      }
      reader.read(raw, text, index + 1, afterBlank);
      afterBlank = false;
    }
    return finishScript(reader.draft(), reader.issues, { ...options, input, missingLine: lines.length });
  });
}
