import type { ChannelDefinition, ChannelStrategy } from '#core/channel.js';
import type { ValidationIssue } from '#core/errors.js';
import type { VideoScript } from '#core/script.js';
import { buildTimeline, type BuildTimelineOptions } from '#core/timeline/build-timeline.js';
import { countCharactersIfCheap, countCharactersUpTo } from './character-count.js';

/** Extra inputs for the length check, when the caller already knows them. */
export type ChannelValidationOptions = Pick<BuildTimelineOptions, 'fps' | 'voiceOverSeconds'>;

/**
 * Checks a script against a channel's `ContentRules`. Reports every broken rule at once, with
 * the field names of the JSON script format, so a creator can fix them all in one edit.
 */
export class RuleBasedChannelStrategy implements ChannelStrategy {
  constructor(readonly definition: ChannelDefinition) {}

  validate(script: VideoScript, options: ChannelValidationOptions = {}): ValidationIssue[] {
    const file = script.source.name;
    const issue = (field: string, message: string): ValidationIssue => ({ file, field, message });
    const { id, rules } = this.definition;
    const issues: ValidationIssue[] = [];

    const textIssue = (field: string, label: string, text: string, max: number): void => {
      if (text.trim() === '') {
        issues.push(issue(field, `${label} is empty`));
        return;
      }
      // No more characters than code units; counting stops past the limit, and the exact length
      // is named only when it is cheap to get.
      if (text.length > max && countCharactersUpTo(text, max) > max) {
        const length = countCharactersIfCheap(text, max) ?? `more than ${max}`;
        issues.push(
          issue(field, `${label} is ${length} characters; channel ${id} allows at most ${max} — shorten it`),
        );
      }
    };

    textIssue('hook', 'the hook', script.hook, rules.maxHookChars);

    const points = script.mainPoints.length;
    if (points < rules.minPoints) {
      issues.push(
        issue('main_points', `${pointsPhrase(points)}; channel ${id} needs at least ${rules.minPoints}`),
      );
    } else if (points > rules.maxPoints) {
      issues.push(
        issue('main_points', `${pointsPhrase(points)}; channel ${id} allows at most ${rules.maxPoints}`),
      );
    }
    script.mainPoints.forEach((point, i) =>
      textIssue(`main_points[${i + 1}]`, `main point ${i + 1}`, point, rules.maxPointChars),
    );

    textIssue('call_to_action', 'the call to action', script.callToAction, rules.maxCallToActionChars);

    const seconds = buildTimeline(script, this.definition, options).durationSeconds;
    if (seconds > rules.maxTotalSeconds) {
      issues.push(
        issue(
          'duration',
          `video would last ${roundUp(seconds)} s; channel ${id} allows at most ${rules.maxTotalSeconds} s — shorten the text`,
        ),
      );
    }
    return issues;
  }
}

function pointsPhrase(count: number): string {
  return `the script has ${count} main point${count === 1 ? '' : 's'}`;
}

/** One decimal, rounded up so an over-long video never reads as exactly the limit. */
function roundUp(seconds: number): string {
  return (Math.ceil(seconds * 10 - 1e-9) / 10).toFixed(1);
}
