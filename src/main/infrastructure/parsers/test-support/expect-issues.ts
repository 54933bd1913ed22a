import { ScriptValidationError } from '#core/errors.js';
import type { ValidationIssue } from '#core/errors.js';
import { errorRejectedBy, errorThrownBy } from '#core/testing/error-thrown-by.js';

/** Runs `action`, asserts it throws ScriptValidationError, and returns its issues. */
export function expectIssues(action: () => unknown): readonly ValidationIssue[] {
  return errorThrownBy(ScriptValidationError, action).issues;
}

/** Same for promises. */
export async function expectIssuesAsync(action: () => Promise<unknown>): Promise<readonly ValidationIssue[]> {
  return (await errorRejectedBy(ScriptValidationError, action)).issues;
}
