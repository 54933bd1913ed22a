import type { DraftValue } from './script-draft.js';

/** A variant as a parser found it, before the shared checks (see `finishVariants`). */
export interface DraftVariant {
  /** `variants[2]`: the prefix of every field of this variant in messages. */
  readonly field: string;
  readonly line?: number;
  readonly name?: DraftValue;
  readonly hook?: DraftValue;
  /** Overrides by point position; `undefined` keeps the script's point. */
  readonly mainPoints?: {
    readonly field: string;
    readonly line?: number;
    readonly items: readonly (DraftValue | undefined)[];
  };
  readonly callToAction?: DraftValue;
  readonly template?: DraftValue;
  readonly music?: DraftValue;
}

/** The field prefix of the variant at 0-based `index`, 1-based like `main_points[1]`. */
export function variantField(index: number): string {
  return `variants[${index + 1}]`;
}
