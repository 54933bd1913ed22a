import { z } from 'zod';
import { templateSchema } from '#core/templates/template-schema.js';
import { describeJsonType } from '../parsers/json-values.js';

type Path = readonly PropertyKey[];

/**
 * A template schema problem in the words script errors use (`missing; add "name": "…"`,
 * `650 is not allowed; use one of 400, 500, 600, 700, 800`, `expected a number, got a string`)
 * instead of zod's own. `root` is the template's JSON as read, so the message can say what the
 * file holds. Messages the schema words itself (a colour, a font file) are kept as they are.
 */
export function templateIssueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const given = valueAt(root, issue.path);
  const key = String(issue.path.at(-1) ?? 'template');
  switch (issue.code) {
    case 'invalid_type':
      if (!given.found) return `missing; add "${key}": ${exampleOf(issue.expected)}`;
      return `expected ${typeName(issue.expected)}, got ${typeof given.value === 'number' ? given.value : describeJsonType(given.value)}`;
    case 'invalid_value':
    case 'invalid_union': {
      const allowed = allowedValues(issue);
      if (allowed === undefined) return issue.message;
      const choices = allowed.map((value) => JSON.stringify(value));
      const useOne = choices.length === 1 ? `use ${choices[0]}` : `use one of ${choices.join(', ')}`;
      if (!given.found)
        return `missing; add "${key}": ${choices.length === 1 ? choices[0] : `one of ${choices.join(', ')}`}`;
      return `${shown(given.value)} is not allowed; ${useOne}`;
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(issue.path);
      return known ? `unknown key; expected one of ${known.join(', ')}` : 'unknown key';
    }
    case 'too_small':
      return tooSmall(issue, given.value);
    case 'too_big':
      return tooBig(issue, given.value);
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: Path): { found: boolean; value?: unknown } {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, segment))
      return { found: false };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value };
}

/** What a value of the expected type looks like, to add a missing key. */
function exampleOf(expected: string): string {
  if (expected === 'string') return '"…"';
  if (expected === 'number' || expected === 'int') return 'a number';
  if (expected === 'array') return '[…]';
  if (expected === 'object') return '{…} (see `reelforge templates show fire`)';
  if (expected === 'boolean') return 'true or false';
  return `a ${expected}`;
}

function typeName(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  return `a ${expected}`;
}

/** The values a literal, an enum or a union of literals allows; undefined for any other union. */
function allowedValues(issue: z.core.$ZodIssue): unknown[] | undefined {
  if (issue.code === 'invalid_value') return [...issue.values];
  if (issue.code !== 'invalid_union') return undefined;
  const branches = issue.errors.map((errors) => (errors.length === 1 ? errors[0] : undefined));
  if (!branches.every((branch) => branch?.code === 'invalid_value' && branch.path.length === 0)) {
    return undefined;
  }
  return branches.flatMap((branch) => (branch?.code === 'invalid_value' ? branch.values : []));
}

/** The value as the file wrote it, shortened: an error message is no place for a long string. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string')
    return min <= 1 ? 'empty; write some text' : `shorter than ${min} characters`;
  if (issue.origin === 'array') return `${countOf(value)}; give at least ${min}`;
  return `${shown(value)} is too small; use ${issue.inclusive ? 'at least' : 'more than'} ${min}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig, value: unknown): string {
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return `longer than ${max} characters`;
  if (issue.origin === 'array') return `${countOf(value)}; give at most ${max}`;
  return `${shown(value)} is too big; use ${issue.inclusive ? 'at most' : 'less than'} ${max}`;
}

function countOf(value: unknown): string {
  const count = Array.isArray(value) ? value.length : 0;
  return count === 0 ? 'no items' : `${count} item${count === 1 ? '' : 's'}`;
}

/** The keys the template schema allows in the object at `path`, when it can be found. */
function knownKeysAt(path: Path): string[] | undefined {
  let schema: z.core.$ZodType = templateSchema;
  for (const segment of path) {
    schema = unwrapped(schema);
    if (schema instanceof z.ZodObject && typeof segment === 'string' && segment in schema.shape) {
      schema = schema.shape[segment] as z.core.$ZodType;
    } else if (schema instanceof z.ZodArray && typeof segment === 'number') {
      schema = schema.element as z.core.$ZodType;
    } else {
      return undefined;
    }
  }
  schema = unwrapped(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape).filter((k) => k !== '$schema') : undefined;
}

function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  return schema instanceof z.ZodOptional ? unwrapped(schema.unwrap() as z.core.$ZodType) : schema;
}
