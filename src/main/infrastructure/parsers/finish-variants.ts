import type { ValidationIssue } from '#core/errors.js';
import type { ScriptVariant } from '#core/variants/script-variant.js';
import { MAX_VARIANTS, variantNameProblem } from '#core/variants/script-variant.js';
import { findControlCharacter } from './normalise-text.js';
import type { DraftValue } from './script-draft.js';
import type { DraftVariant } from './variant-draft.js';

/** What `finishScript`'s field checker offers: text and media checks that record their issues. */
export interface VariantFieldChecker {
  readonly issues: ValidationIssue[];
  text(value: DraftValue): string;
  mediaPath(value: DraftValue | undefined): string | undefined;
}

const MAX_TEMPLATE_ID_LENGTH = 100;

function templateId(value: DraftValue, check: VariantFieldChecker): string | undefined {
  const id = value.text.trim();
  const problem =
    id === ''
      ? 'is empty; give a template id or leave it out'
      : id.length > MAX_TEMPLATE_ID_LENGTH
        ? `is ${id.length} characters long; a template id has at most ${MAX_TEMPLATE_ID_LENGTH}`
        : findControlCharacter(id) !== undefined
          ? 'contains a control character; this is not a template id'
          : undefined;
  if (problem === undefined) return id;
  check.issues.push({ field: value.field, line: value.line, message: problem });
  return undefined;
}

function finishOne(
  draft: DraftVariant,
  check: VariantFieldChecker,
  pointCount: number,
  seen: Map<string, string>,
): ScriptVariant | undefined {
  const before = check.issues.length;
  const issue = (field: string, line: number | undefined, message: string) =>
    check.issues.push({ field, line, message });
  let name = '';
  if (draft.name === undefined || draft.name.text.trim() === '') {
    issue(`${draft.field}.name`, draft.line, 'missing; every variant needs a name, e.g. "question-hook"');
  } else {
    name = draft.name.text.trim();
    const problem = variantNameProblem(name);
    const first = seen.get(name.toLowerCase());
    if (problem !== undefined) issue(draft.name.field, draft.name.line, problem);
    else if (first !== undefined)
      issue(draft.name.field, draft.name.line, `"${name}" is also the name of ${first}; names must differ`);
    else seen.set(name.toLowerCase(), draft.field);
  }
  const hook = draft.hook && check.text(draft.hook);
  const callToAction = draft.callToAction && check.text(draft.callToAction);
  const points = draft.mainPoints;
  if (points && points.items.length > pointCount) {
    issue(
      points.field,
      points.line,
      `goes up to point ${points.items.length} but the script has ${pointCount} main point${pointCount === 1 ? '' : 's'}; a variant rewrites points, it does not add them`,
    );
  }
  const mainPoints = points?.items.map((item) => (item === undefined ? undefined : check.text(item)));
  const template = draft.template && templateId(draft.template, check);
  const music = check.mediaPath(draft.music);
  if (check.issues.length > before) return undefined;
  return {
    name,
    ...(hook !== undefined ? { hook } : {}),
    ...(mainPoints?.some((p) => p !== undefined) ? { mainPoints } : {}),
    ...(callToAction !== undefined ? { callToAction } : {}),
    ...(template !== undefined ? { template } : {}),
    ...(music !== undefined ? { music } : {}),
  };
}

/**
 * Checks every variant (name present, usable and unique; texts non-blank; no more points than the
 * script; template id and music path usable), recording issues on `check`. Undefined when the
 * script declares none.
 */
export function finishVariants(
  drafts: readonly DraftVariant[] | undefined,
  check: VariantFieldChecker,
  pointCount: number,
  listField = 'variants',
): ScriptVariant[] | undefined {
  if (drafts === undefined) return undefined;
  if (drafts.length === 0) {
    check.issues.push({
      field: listField,
      message: 'is empty; declare at least one variant or leave it out',
    });
    return undefined;
  }
  if (drafts.length > MAX_VARIANTS) {
    check.issues.push({
      field: listField,
      line: drafts[MAX_VARIANTS]?.line,
      message: `${drafts.length} variants; a script declares at most ${MAX_VARIANTS}`,
    });
    return undefined;
  }
  const seen = new Map<string, string>();
  const variants = drafts.map((draft) => finishOne(draft, check, pointCount, seen));
  return variants.every((v) => v !== undefined) ? variants : undefined;
}
