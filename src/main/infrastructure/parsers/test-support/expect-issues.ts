import { expect } from 'vitest';
import { ScriptValidationError } from '#core/errors.js';
import type { ValidationIssue } from '#core/errors.js';

/** Runs `action`, asserts it throws ScriptValidationError, and returns its issues. */
export function expectIssues(action: () => unknown): readonly ValidationIssue[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ScriptValidationError);
    return (error as ScriptValidationError).issues;
  }
  throw new Error('expected a ScriptValidationError, but nothing was thrown');
}

/** Same for promises. */
export async function expectIssuesAsync(action: () => Promise<unknown>): Promise<readonly ValidationIssue[]> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(ScriptValidationError);
    return (error as ScriptValidationError).issues;
  }
  throw new Error('expected a ScriptValidationError, but nothing was thrown');
}
