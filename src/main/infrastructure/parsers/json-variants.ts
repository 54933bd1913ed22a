import type { ValidationIssue } from '#core/errors.js';
import { describeJsonType, isJsonObject } from './json-values.js';
import type { JsonObject } from './json-values.js';
import type { DraftValue } from './script-draft.js';
import { variantField, type DraftVariant } from './variant-draft.js';

/** What the JSON parser's draft reader offers (see `JsonDraftReader`). */
export interface JsonFieldReader {
  readonly issues: ValidationIssue[];
  pick(
    object: JsonObject,
    spellings: readonly string[],
    prefix?: string,
  ): { key: string; value: unknown } | undefined;
  string(field: string, value: unknown, nullable?: boolean): DraftValue | undefined;
  list(field: string, value: unknown, nullable: boolean): (DraftValue | undefined)[] | undefined;
}

export const VARIANTS_KEYS = ['variants'] as const;

const VARIANT_KEYS = {
  name: ['name'],
  hook: ['hook'],
  mainPoints: ['main_points', 'mainPoints', 'points'],
  callToAction: ['call_to_action', 'callToAction', 'cta'],
  template: ['template'],
  music: ['music'],
} as const;

const KNOWN_VARIANT_KEYS = new Set<string>(Object.values(VARIANT_KEYS).flat());

function readOne(reader: JsonFieldReader, value: unknown, index: number): DraftVariant {
  const field = variantField(index);
  if (!isJsonObject(value)) {
    reader.issues.push({
      field,
      message: `expected an object such as {"name": "question-hook", "hook": "…"}, got ${describeJsonType(value)}`,
    });
    // Reported here; an empty draft with a placeholder name adds no second issue.
    return { field, name: { text: `variant-${index + 1}`, field: `${field}.name` } };
  }
  for (const key of Object.keys(value)) {
    // A misspelt key would silently render the script's own text under the variant's name.
    if (!KNOWN_VARIANT_KEYS.has(key)) {
      reader.issues.push({
        field: `${field}.${key}`,
        message: 'unknown key; expected name, hook, main_points, call_to_action, template or music',
      });
    }
  }
  const prefix = `${field}.`;
  const text = (spellings: readonly string[], nullable = false) => {
    const picked = reader.pick(value, spellings, prefix);
    return picked && reader.string(`${prefix}${picked.key}`, picked.value, nullable);
  };
  const points = reader.pick(value, VARIANT_KEYS.mainPoints, prefix);
  const pointsField = points && `${prefix}${points.key}`;
  let items: (DraftValue | undefined)[] | undefined;
  if (points && pointsField && points.value !== null) {
    if (Array.isArray(points.value)) items = reader.list(pointsField, points.value, true);
    else {
      reader.issues.push({
        field: pointsField,
        message: `expected a list of main points (null keeps the script's point), got ${describeJsonType(points.value)}`,
      });
    }
  }
  return {
    field,
    name: text(VARIANT_KEYS.name),
    hook: text(VARIANT_KEYS.hook),
    mainPoints: items && pointsField ? { field: pointsField, items } : undefined,
    callToAction: text(VARIANT_KEYS.callToAction),
    template: text(VARIANT_KEYS.template),
    music: text(VARIANT_KEYS.music),
  };
}

/** `"variants": [{"name", "hook", "main_points" (null keeps a point), "call_to_action", "template", "music"}]`. */
export function readJsonVariants(reader: JsonFieldReader, root: JsonObject): DraftVariant[] | undefined {
  const picked = reader.pick(root, VARIANTS_KEYS);
  if (picked === undefined || picked.value === null) return undefined;
  if (!Array.isArray(picked.value)) {
    reader.issues.push({
      field: picked.key,
      message: `expected a list of variants such as [{"name": "question-hook", "hook": "…"}], got ${describeJsonType(picked.value)}`,
    });
    return undefined;
  }
  return picked.value.map((value, index) => readOne(reader, value, index));
}
