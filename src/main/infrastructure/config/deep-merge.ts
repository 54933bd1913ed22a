export type JsonObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `patch` merged into `target` without modifying either: objects merge key by key, anything else
 * (arrays included) replaces, `null` deletes the key and `undefined` leaves it alone.
 */
export function deepMerge(target: JsonObject, patch: Readonly<JsonObject>): JsonObject {
  const result: JsonObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    // JSON.parse makes "__proto__" an own key; assigning it would swap the prototype.
    if (key === '__proto__' || value === undefined) continue;
    if (value === null) {
      delete result[key];
    } else if (isPlainObject(value)) {
      // Into an empty object when the key is new, so a `null` inside a new section deletes
      // nothing rather than being written as a value.
      const current = result[key];
      result[key] = deepMerge(isPlainObject(current) ? current : {}, value);
    } else {
      result[key] = value;
    }
  }
  return result;
}
