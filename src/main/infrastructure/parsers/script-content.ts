import { ScriptValidationError } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';
import { MAX_SCRIPT_BYTES } from '#core/script-files.js';

/** Largest script accepted, in UTF-8 bytes (defined with the script extensions in the domain). */
export { MAX_SCRIPT_BYTES };

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

function contentIssue(input: ScriptParseInput, message: string, line?: number): ScriptValidationError {
  return new ScriptValidationError({ file: input.name, field: '(content)', line, message });
}

/** UTF-8 size of a string, without building a buffer for it when it is obviously too big. */
function exceedsByteLimit(content: string, maxBytes: number): boolean {
  // Every UTF-16 unit takes at least one UTF-8 byte, so a long string is too big for sure.
  if (content.length > maxBytes) return true;
  return Buffer.byteLength(content, 'utf8') > maxBytes;
}

/**
 * Checks raw script text and puts it in the one shape every parser expects: no byte-order mark,
 * "\n" line ends. Throws ScriptValidationError for oversized or binary content.
 */
export function prepareContent(input: ScriptParseInput, maxBytes = MAX_SCRIPT_BYTES): string {
  const raw = input.content;
  if (typeof raw !== 'string') throw contentIssue(input, 'script content is not text');
  if (exceedsByteLimit(raw, maxBytes)) {
    throw contentIssue(
      input,
      `script is larger than ${maxBytes} bytes; a script is a few hundred words at most — is this the right file?`,
    );
  }
  const nul = raw.indexOf('\0');
  if (nul !== -1) {
    throw contentIssue(
      input,
      'contains NUL characters: this looks like a binary file, not a script',
      lineAt(raw, nul),
    );
  }
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const content = withoutBom.replace(/\r\n?/g, '\n');
  checkScriptShape(content, input);
  return content;
}

/** Most lines a script may have: real ones have a few dozen. */
export const MAX_SCRIPT_LINES = 5_000;
/** Longest line a script may have, in characters (UTF-16 units): a long hook is a few hundred. */
export const MAX_SCRIPT_LINE_LENGTH = 10_000;

/**
 * Refuses text shaped like no script: thousands of lines, or a line of tens of thousands of
 * characters. Checked in one linear pass before any parser runs, so such input costs
 * microseconds per kilobyte however pathological it is, instead of feeding every later step
 * (whitespace tidying, grapheme counting, per-line and per-issue work) a megabyte.
 */
function checkScriptShape(content: string, input: ScriptParseInput): void {
  let line = 1;
  let start = 0;
  for (;;) {
    const end = content.indexOf('\n', start);
    const length = (end === -1 ? content.length : end) - start;
    if (length > MAX_SCRIPT_LINE_LENGTH) {
      throw contentIssue(
        input,
        `line ${line} is ${length} characters long; a script line holds at most ${MAX_SCRIPT_LINE_LENGTH} — is this the right file?`,
        line,
      );
    }
    if (end === -1 || end === content.length - 1) return;
    line += 1;
    if (line > MAX_SCRIPT_LINES) {
      throw contentIssue(
        input,
        `has more than ${MAX_SCRIPT_LINES} lines; a script is a few dozen — is this the right file?`,
        line,
      );
    }
    start = end + 1;
  }
}

/** The lines of prepared content; a final newline does not add an empty last line. */
export function splitLines(content: string): string[] {
  const lines = content.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
