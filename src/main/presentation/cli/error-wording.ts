import { describeError, RenderOptionError, type ValidationIssue } from '#core/errors.js';

/** A render option as the user typed it on the command line. */
const flag = (option: string) => `--${option}`;

/** An error as the CLI says it: render options named by their flags (`--variant "x": …`). */
export function cliErrorText(error: unknown): string {
  if (error instanceof RenderOptionError) {
    const file = error.detail.file;
    return `${file !== undefined ? `${file}: ` : ''}${error.wordedAs(flag)}`;
  }
  return describeError(error);
}

/** A validation issue as the CLI says it: one about a render option names the flag. */
export function cliIssue(issue: ValidationIssue): ValidationIssue {
  return issue.option !== undefined ? { ...issue, field: flag(issue.option) } : issue;
}
