import type { z } from 'zod';
import { RestError } from './rest-errors.js';

/** Parses with a zod schema; the first problem as a 400 naming the field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const message = `${field ?? 'body'}: ${issue?.message ?? 'invalid'}`;
  throw new RestError(400, 'bad_request', message, field ? { field } : {});
}
