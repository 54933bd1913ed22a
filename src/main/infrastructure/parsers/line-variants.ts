import type { ValidationIssue } from '#core/errors.js';
import type { KeyLine } from './line-syntax.js';
import { isIndented, matchListItem } from './line-syntax.js';
import type { DraftValue } from './script-draft.js';
import { lookupScriptKey, normaliseKeyLabel } from './script-keys.js';
import { variantField, type DraftVariant } from './variant-draft.js';

/**
 * The variant blocks of the text and Markdown formats. A block starts at a `Variant: <name>` line
 * (text) or a `## Variant: <name>` heading (Markdown) and runs to the next one or the end of the
 * file, so the script itself comes first. Inside, `Hook:`, `Point 2:`, `Main points:` (a list),
 * `Call to action:` / `CTA:`, `Template:` and `Music:` lines say what the variant changes.
 */

type VariantValueKey = 'hook' | 'callToAction' | 'template' | 'music';

interface OpenValue {
  readonly parts: string[];
  readonly field: string;
  readonly line: number;
  readonly key: VariantValueKey | 'point';
}

interface OpenVariant {
  readonly field: string;
  readonly line: number;
  readonly name: DraftValue;
  readonly values: Map<VariantValueKey, OpenValue>;
  /** Point overrides by 0-based position. */
  readonly points: Map<number, OpenValue>;
  pointsField?: string;
  pointsLine?: number;
  /** True after a `Main points:` line, until the next key. */
  inPointsList: boolean;
}

/** Format-specific text clean-up: Markdown strips inline markup (but keeps paths as written). */
export type CleanText = (text: string, key: VariantValueKey | 'point') => string;

const POINT_LABEL = /^(?:main )?point (\d{1,3})$/;
const VARIANT_KEYS_TEXT = 'Hook, Point N, Main points, Call to action (or CTA), Template, Music';

// `Point 2: …`, `Main point 2: …`, or in Markdown `**Point 2:** …`: key labels hold no digits.
const POINT_LINE =
  /^(\*\*|__)?[ \t]*((?:main[ \t]+)?point[ \t]+\d{1,3})[ \t]*(?::[ \t]*\1|\1[ \t]*:)(?:[ \t]+(.*))?$/i;

/** Reads a point override line, which the key-line readers do not take (their labels hold no digits). */
export function matchPointLine(text: string): KeyLine | undefined {
  const match = POINT_LINE.exec(text);
  return match ? { label: match[2]!, value: (match[3] ?? '').trim() } : undefined;
}

/** "variant" in any case and spacing: the label that starts a block. */
export function isVariantLabel(label: string): boolean {
  return normaliseKeyLabel(label) === 'variant';
}

export class VariantBlocks {
  private readonly variants: OpenVariant[] = [];
  private target: OpenValue | undefined;

  constructor(
    private readonly issues: ValidationIssue[],
    private readonly clean: CleanText = (text) => text,
  ) {}

  get active(): boolean {
    return this.variants.length > 0;
  }

  private get current(): OpenVariant {
    return this.variants[this.variants.length - 1]!;
  }

  private issue(line: number, field: string, message: string): void {
    this.issues.push({ field, line, message });
  }

  start(name: string, line: number): void {
    const field = variantField(this.variants.length);
    this.variants.push({
      field,
      line,
      name: { text: name, field: `${field}.name`, line },
      values: new Map(),
      points: new Map(),
      inPointsList: false,
    });
    this.target = undefined;
  }

  /** A `Key: value` line inside the current block. */
  readKey(key: KeyLine, line: number): void {
    const variant = this.current;
    variant.inPointsList = false;
    this.target = undefined;
    const label = normaliseKeyLabel(key.label);
    const point = POINT_LABEL.exec(label);
    if (point) {
      this.readPoint(Number(point[1]), key.value, line);
      return;
    }
    const known = label === 'template' ? 'template' : lookupScriptKey(key.label);
    if (known === 'mainPoints') {
      variant.pointsField = `${variant.field}.main_points`;
      variant.pointsLine = line;
      variant.inPointsList = true;
      if (key.value !== '')
        this.issue(line, variant.pointsField, 'put each point on its own line below, as "- …"');
      return;
    }
    if (known === 'hook' || known === 'callToAction' || known === 'template' || known === 'music') {
      const field = `${variant.field}.${known === 'callToAction' ? 'call_to_action' : known}`;
      const first = variant.values.get(known);
      if (first) {
        this.issue(line, field, `given twice in this variant (first on line ${first.line}); keep one`);
        return;
      }
      const open: OpenValue = {
        parts: key.value === '' ? [] : [this.clean(key.value, known)],
        field,
        line,
        key: known,
      };
      variant.values.set(known, open);
      this.target = open;
      return;
    }
    const why =
      known === 'channel' || known === 'topic'
        ? `a variant cannot change the ${known}; every variant of a script shares it`
        : `unknown key "${key.label}" in a variant; expected ${VARIANT_KEYS_TEXT}`;
    this.issue(line, `${variant.field}.${label}`, why);
  }

  private readPoint(position: number, value: string, line: number): void {
    const variant = this.current;
    const field = `${variant.field}.main_points[${position}]`;
    if (position < 1) {
      this.issue(line, field, 'points are numbered from 1');
      return;
    }
    const first = variant.points.get(position - 1);
    if (first) {
      this.issue(line, field, `given twice in this variant (first on line ${first.line}); keep one`);
      return;
    }
    variant.pointsField ??= `${variant.field}.main_points`;
    variant.pointsLine ??= line;
    const open: OpenValue = {
      parts: value === '' ? [] : [this.clean(value, 'point')],
      field,
      line,
      key: 'point',
    };
    variant.points.set(position - 1, open);
    this.target = open;
  }

  /** Any other line inside the block; `afterBlank` when a blank line came just before it. */
  readOther(raw: string, text: string, line: number, afterBlank: boolean): void {
    const variant = this.current;
    const item = matchListItem(text);
    if (item && variant.inPointsList) {
      this.readPoint(variant.points.size + 1, item.text, line);
      return;
    }
    if (this.target && (isIndented(raw) || !afterBlank)) {
      this.target.parts.push(this.clean(text, this.target.key));
      return;
    }
    this.issue(
      line,
      variant.field,
      `text in variant "${variant.name.text}" that belongs to no key; start the line with ${VARIANT_KEYS_TEXT}, or indent it to continue the value above`,
    );
  }

  drafts(): DraftVariant[] | undefined {
    if (this.variants.length === 0) return undefined;
    const toDraft = (open: OpenValue | undefined): DraftValue | undefined =>
      open && { text: open.parts.join(' '), field: open.field, line: open.line };
    return this.variants.map((variant) => {
      const count = variant.points.size === 0 ? 0 : Math.max(...variant.points.keys()) + 1;
      const items = Array.from({ length: count }, (_, i) => toDraft(variant.points.get(i)));
      return {
        field: variant.field,
        line: variant.line,
        name: variant.name,
        hook: toDraft(variant.values.get('hook')),
        mainPoints:
          variant.pointsField !== undefined
            ? { field: variant.pointsField, line: variant.pointsLine, items }
            : undefined,
        callToAction: toDraft(variant.values.get('callToAction')),
        template: toDraft(variant.values.get('template')),
        music: toDraft(variant.values.get('music')),
      };
    });
  }
}
