import type { ServerResponse } from 'node:http';
import {
  JobNotFoundError,
  ScriptValidationError,
  formatValidationIssue,
  describeError,
} from '#core/errors.js';
import { escapeForOneLine } from '#core/one-line.js';
import type { RestErrorBody } from '#shared/rest-contract.js';
import { sendJson } from './http-json.js';

type ErrorFields = RestErrorBody['error'];
type ErrorCode = ErrorFields['code'];

/** An answer other than success, with the status and the `{"error": …}` body it is sent as. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<ErrorFields, 'code' | 'message'> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'RestError';
  }

  body(): RestErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

export const notFound = (message = 'not found'): RestError => new RestError(404, 'not_found', message);

/**
 * A bad script as 422, named like the CLI names it: `file:line N: field: message` for the first
 * issue, and every issue with its file, field and line.
 */
export function invalidScript(error: ScriptValidationError, file: string): RestError {
  const issues = error.issues.map((issue) => ({ ...issue, file: issue.file ?? file }));
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new RestError(422, 'invalid_script', `${formatValidationIssue(first)}${more}`, {
    field: first.field,
    file: first.file,
    ...(first.line !== undefined ? { line: first.line } : {}),
    issues: issues.map(({ file: f, field, line, message }) => ({
      file: f,
      field,
      ...(line !== undefined ? { line } : {}),
      message,
    })),
  });
}

/** Any error as a REST error: known ones keep their meaning, the rest are a 500 without details. */
export function toRestError(error: unknown): RestError {
  if (error instanceof RestError) return error;
  if (error instanceof JobNotFoundError) return notFound(escapeForOneLine(error.message));
  if (error instanceof ScriptValidationError) return invalidScript(error, error.file ?? '<request>');
  return new RestError(500, 'internal', 'internal error');
}

export function sendRestError(response: ServerResponse, error: unknown): void {
  const restError = toRestError(error);
  if (restError.status === 500) process.emitWarning(`reelforge serve: ${describeError(error)}`);
  sendJson(response, restError.status, restError.body(), restError.headers);
}
