/** Small helpers for reading an untyped JSON object with messages in the script's own terms. */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "a number", "a list", "null"… for "expected a string, got …" messages. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return `${String(value)} (a boolean)`;
    default:
      return 'an object';
  }
}

export interface PickedKey {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The value under the first of `spellings` the object has (e.g. `main_points` or `mainPoints`).
 * `duplicate` names the other spelling when both are present.
 */
export function pickKey(
  object: JsonObject,
  spellings: readonly string[],
): { picked?: PickedKey; duplicate?: string } {
  const present = spellings.filter((key) => Object.hasOwn(object, key));
  const first = present[0];
  if (first === undefined) return {};
  return { picked: { key: first, value: object[first] }, duplicate: present[1] };
}
