import { ScriptValidationError } from '#core/errors.js';
import type { FieldLineLookup } from '#core/script-field-lines.js';
import { locateJsonValue, pathOfField } from './json-locate.js';
import { lineAt } from './script-content.js';

/** Fields located at most per script: each costs a pass over the text up to its value. */
const MAX_LOCATED_FIELDS = 50;

/**
 * Lines of a JSON script's fields, found from the text (JSON.parse keeps no positions): the value
 * a field names, else the nearest enclosing value that is there (a missing key points at its
 * object, a missing point at the list).
 */
export function jsonFieldLines(content: string): FieldLineLookup {
  let located = 0;
  return (field) => {
    const path = pathOfField(field);
    if (path === undefined || located >= MAX_LOCATED_FIELDS) return undefined;
    located += 1;
    for (let length = path.length; length > 0; length -= 1) {
      const offset = locateJsonValue(content, path.slice(0, length));
      if (offset !== undefined) return lineAt(content, offset);
    }
    return undefined;
  };
}

/** The error with a line added to each issue that has none and whose field is in the text. */
export function withJsonLines(error: unknown, lineOf: FieldLineLookup): unknown {
  if (!(error instanceof ScriptValidationError)) return error;
  let changed = false;
  const issues = error.issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    const line = lineOf(issue.field);
    if (line === undefined) return issue;
    changed = true;
    return { ...issue, line };
  });
  return changed ? new ScriptValidationError(issues, error.partlyRead) : error;
}
