import { ScriptValidationError, describeError } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';

/**
 * Runs a parse step so that nothing but ScriptValidationError escapes: a parser bug or an engine
 * limit (a RangeError from pathological input) still reaches the user as a message about the file.
 */
export function guardParse<T>(input: ScriptParseInput, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ScriptValidationError) return rethrowWithFile(error, input);
    const hint = error instanceof RangeError ? ' (the content is too deeply nested or too large)' : '';
    throw new ScriptValidationError({
      file: input.name,
      field: '(content)',
      message: `could not be parsed: ${describeError(error)}${hint}`,
    });
  }
}

function rethrowWithFile(error: ScriptValidationError, input: ScriptParseInput): never {
  throw error.issues.every((issue) => issue.file !== undefined) ? error : error.withFile(input.name);
}
