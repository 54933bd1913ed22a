import { describeError, JobNotFoundError, ScriptValidationError } from '#core/errors.js';
import {
  ApiCallError,
  isApiCallName,
  parsePayload,
  type ApiEnvelope,
  type ApiHandlers,
} from '#shared/api-contract.js';

/**
 * Runs one call from any transport: checks the name, validates the payload with the contract's
 * zod schema, calls the handler, and wraps the outcome so no exception crosses the boundary.
 */
export async function dispatchApiCall(
  handlers: ApiHandlers,
  name: unknown,
  payload: unknown,
): Promise<ApiEnvelope<unknown>> {
  try {
    if (!isApiCallName(name))
      throw new ApiCallError('invalid-payload', `unknown call ${JSON.stringify(String(name)).slice(0, 120)}`);
    const valid = parsePayload(name, payload);
    const handler = handlers[name] as (p: typeof valid) => Promise<unknown>;
    return { ok: true, value: await handler(valid) };
  } catch (error) {
    if (error instanceof ApiCallError) return { ok: false, error: error.toShape() };
    if (error instanceof JobNotFoundError)
      return { ok: false, error: { kind: 'not-found', message: error.message } };
    if (error instanceof ScriptValidationError)
      return { ok: false, error: { kind: 'invalid-payload', message: error.message } };
    return { ok: false, error: { kind: 'failed', message: describeError(error) } };
  }
}
