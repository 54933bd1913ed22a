/**
 * Writes script fields in each format, for round-trip tests: whatever these write, the parsers
 * must read back unchanged.
 */
import type { ScriptFormat } from '#core/script.js';
import { normaliseWhitespace } from '../normalise-text.js';

export interface ScriptFields {
  readonly channel: string;
  readonly topic: string;
  readonly hook: string;
  readonly mainPoints: readonly string[];
  readonly callToAction: string;
}

/** Escapes Markdown so the text reads back literally: inline markers anywhere, block markers in front. */
export function escapeMarkdown(text: string): string {
  // Block markers count after the leading whitespace the parser trims away.
  const inline = normaliseWhitespace(text).replace(/[\\*_`[\]#]/g, (char) => `\\${char}`);
  const blockMarker = /^(\d{1,9})([.)])/.exec(inline);
  if (blockMarker) return `${blockMarker[1]}\\${blockMarker[2]}${inline.slice(blockMarker[0].length)}`;
  return /^[-+>•]/.test(inline) ? `\\${inline}` : inline;
}

export function serialiseScript(script: ScriptFields, format: ScriptFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(
        {
          channel: script.channel,
          topic: script.topic,
          hook: script.hook,
          main_points: script.mainPoints,
          call_to_action: script.callToAction,
        },
        null,
        2,
      );
    case 'text':
      return [
        `Channel: ${script.channel}`,
        `Topic: ${script.topic}`,
        `Hook: ${script.hook}`,
        'Main points:',
        ...script.mainPoints.map((point, index) => `${index + 1}. ${point}`),
        `Call to action: ${script.callToAction}`,
        '',
      ].join('\n');
    case 'markdown':
      return [
        `# ${escapeMarkdown(script.topic)}`,
        '',
        `**Channel:** ${escapeMarkdown(script.channel)}`,
        '',
        '## Hook',
        '',
        escapeMarkdown(script.hook),
        '',
        '## Main points',
        '',
        ...script.mainPoints.map((point) => `- ${escapeMarkdown(point)}`),
        '',
        '## Call to action',
        '',
        escapeMarkdown(script.callToAction),
        '',
      ].join('\n');
  }
}
