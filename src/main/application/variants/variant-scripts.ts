import type { ValidationIssue } from '#core/errors.js';
import type { ChannelStrategy } from '#core/channel.js';
import type { VideoScript } from '#core/script.js';
import type { VideoTimeline } from '#core/timeline/video-timeline.js';
import { buildTimeline } from '#core/timeline/build-timeline.js';
import { applyVariant, selectVariants, type ScriptVariant } from '#core/variants/script-variant.js';
import type { PreparedScript } from '../script-intake.js';

/** One variant ready to queue: the script as it renders and its timeline. */
export interface PreparedVariant {
  readonly variant: ScriptVariant;
  readonly script: VideoScript;
  readonly timeline: VideoTimeline;
}

/**
 * What the channel finds wrong with each variant as it would render (a hook too long, a video too
 * long), with the field named inside the variant (`variants[2].hook`). A complaint the script itself
 * already gets for a part the variant keeps is not repeated.
 */
export function variantChannelIssues(
  script: VideoScript,
  strategy: ChannelStrategy,
  scriptIssues: readonly ValidationIssue[],
): ValidationIssue[] {
  const known = new Set(scriptIssues.map((issue) => `${issue.field}\n${issue.message}`));
  return (script.variants ?? []).flatMap((variant, index) =>
    strategy
      .validate(applyVariant(script, variant))
      .filter((issue) => !known.has(`${issue.field}\n${issue.message}`))
      .map((issue) => ({ ...issue, field: `variants[${index + 1}].${issue.field}` })),
  );
}

/**
 * The scripts a render of `prepared` makes, one per variant (or only the one named); a script
 * without variants is itself the one script, and naming a variant for it is an error.
 */
export function expandVariants(
  prepared: PreparedScript,
  only: string | undefined,
): PreparedVariant[] | undefined {
  const variants = prepared.script.variants ?? [];
  const selected = selectVariants(variants, only, prepared.input.name);
  if (variants.length === 0) return undefined;
  return selected.map((variant) => {
    const script = applyVariant(prepared.script, variant);
    // A variant's own template, unless `render --template` chose one for every variant.
    const channel =
      variant.template !== undefined
        ? (prepared.variantChannels?.get(variant.template) ?? prepared.channel)
        : prepared.channel;
    return { variant, script, timeline: buildTimeline(script, channel) };
  });
}
