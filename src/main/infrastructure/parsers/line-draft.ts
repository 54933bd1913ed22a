import type { ValidationIssue } from '#core/errors.js';
import type { DraftValue, ScriptDraft } from './script-draft.js';
import type { ScriptKey } from './script-keys.js';
import type { DraftVariant } from './variant-draft.js';

export type ValueKey = Exclude<ScriptKey, 'mainPoints'>;

/** A value being read; continuation lines are appended to `parts`. */
export interface OpenValue {
  readonly parts: string[];
  readonly field: string;
  readonly line: number;
}

/** The text a value's lines make, with its field and line. */
export function draftValue(open: OpenValue): DraftValue {
  return { text: open.parts.join(' '), field: open.field, line: open.line };
}

/**
 * What a line-based reader (text, Markdown) has collected so far: each key's value, the main
 * points and every problem with its line. A key may be given once; the second time is a problem
 * that names the first line. The readers differ only in how they recognise lines.
 */
export class LineDraft<Value extends OpenValue = OpenValue> {
  readonly issues: ValidationIssue[] = [];
  private readonly values = new Map<ValueKey, Value>();
  private readonly seen = new Map<ScriptKey, number>();
  private points: { readonly field: string; readonly line: number; readonly items: Value[] } | undefined;

  issue(line: number, field: string, message: string): void {
    this.issues.push({ field, line, message });
  }

  /** Records the first line of a key; false (with an issue) when it was given before. */
  claim(key: ScriptKey, field: string, line: number): boolean {
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.issue(line, field, `given twice (first on line ${first}); keep one`);
      return false;
    }
    this.seen.set(key, line);
    return true;
  }

  /** Claims `key` and starts its value; undefined when the key was given before. */
  openValue(key: ValueKey, value: Value): Value | undefined {
    if (!this.claim(key, value.field, value.line)) return undefined;
    this.values.set(key, value);
    return value;
  }

  /** Claims the main points; false when they were given before. */
  openPoints(field: string, line: number): boolean {
    if (!this.claim('mainPoints', field, line)) return false;
    this.points = { field, line, items: [] };
    return true;
  }

  /** The field name of the main points as written (`main points`); undefined before they start. */
  pointsField(): string | undefined {
    return this.points?.field;
  }

  /** The field name of the next point, e.g. `main points[3]`; undefined before the points start. */
  nextPointField(): string | undefined {
    return this.points && `${this.points.field}[${this.points.items.length + 1}]`;
  }

  addPoint(point: Value): void {
    this.points?.items.push(point);
  }

  draft(variants: DraftVariant[] | undefined): ScriptDraft {
    const value = (key: ValueKey): DraftValue | undefined => {
      const open = this.values.get(key);
      return open && draftValue(open);
    };
    const points = this.points;
    return {
      channel: value('channel'),
      topic: value('topic'),
      hook: value('hook'),
      mainPoints: points && { field: points.field, line: points.line, items: points.items.map(draftValue) },
      callToAction: value('callToAction'),
      music: value('music'),
      platform: value('platform'),
      template: value('template'),
      variants,
      voice: value('voice'),
      captions: value('captions'),
    };
  }
}
