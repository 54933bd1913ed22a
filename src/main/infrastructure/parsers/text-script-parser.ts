import type { ValidationIssue } from '#core/errors.js';
import type { ScriptParseInput, ScriptParser } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { parseLineScript } from './line-script.js';
import { isVariantLabel, matchPointLine, VariantBlocks } from './line-variants.js';
import { isIndented, matchKeyLine, matchListItem } from './line-syntax.js';
import { splitLines } from './script-content.js';
import type { DraftValue, RequiredField, ScriptDraft } from './script-draft.js';
import { KNOWN_KEYS_TEXT, lookupScriptKey, typoHint } from './script-keys.js';
import type { ScriptKey } from './script-keys.js';

type ValueKey = Exclude<ScriptKey, 'mainPoints'>;

/** A value being read; continuation lines are appended to `parts`. */
interface OpenValue {
  readonly parts: string[];
  readonly field: string;
  readonly line: number;
}

const FIELD_NAMES: Record<RequiredField, string> = {
  channel: 'channel',
  topic: 'topic',
  hook: 'hook',
  mainPoints: 'main points',
  callToAction: 'call to action',
};

const KEY_EXAMPLES: Record<RequiredField, string> = {
  channel: 'Channel: air',
  topic: 'Topic: …',
  hook: 'Hook: …',
  mainPoints: 'Main points:" line followed by "1. …" items',
  callToAction: 'Call to action: …',
};

/** Reads the text format line by line, collecting values and every problem with its line. */
class TextScriptReader {
  readonly issues: ValidationIssue[] = [];
  private readonly values = new Map<ValueKey, OpenValue>();
  private readonly seen = new Map<ScriptKey, number>();
  private points: { field: string; line: number; items: OpenValue[] } | undefined;
  private inPoints = false;
  /** Where continuation lines go: the last value or list item. */
  private target: OpenValue | undefined;
  private afterBlank = false;
  /** `Variant: <name>` blocks, which follow the script itself. */
  private readonly variants = new VariantBlocks(this.issues);

  private issue(line: number, field: string, message: string): void {
    this.issues.push({ field, line, message });
  }

  read(raw: string, line: number): void {
    const text = raw.trim();
    if (text === '') {
      this.afterBlank = true;
      return;
    }
    // Indented lines continue the value above, even across a blank line (a wrapped list item).
    if (this.target && isIndented(raw)) {
      this.target.parts.push(text);
      this.afterBlank = false;
      return;
    }
    const key = matchKeyLine(text);
    if (key && isVariantLabel(key.label)) {
      this.target = undefined;
      this.variants.start(key.value, line);
    } else if (this.variants.active) {
      const variantKey = isIndented(raw) ? undefined : (matchPointLine(text) ?? key);
      if (variantKey) this.variants.readKey(variantKey, line);
      else this.variants.readOther(raw, text, line, this.afterBlank);
    } else if (key) this.readKey(key.label, key.value, line);
    else this.readOther(text, line);
    this.afterBlank = false;
  }

  private readKey(label: string, value: string, line: number): void {
    const key = lookupScriptKey(label);
    const field = label.toLowerCase();
    this.target = undefined;
    this.inPoints = false;
    if (key === undefined) {
      this.issue(
        line,
        field,
        `unknown key "${label}"${typoHint(label)}; expected one of ${KNOWN_KEYS_TEXT} (indent the line if it continues the value above)`,
      );
      return;
    }
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.issue(line, field, `given twice (first on line ${first}); keep one`);
      return;
    }
    this.seen.set(key, line);
    if (key === 'mainPoints') {
      this.points = { field, line, items: [] };
      this.inPoints = true;
      if (value !== '') {
        this.issue(line, field, `put each main point on its own line below "${label}:", as "1. …" or "- …"`);
      }
      return;
    }
    const open: OpenValue = { parts: value === '' ? [] : [value], field, line };
    this.values.set(key, open);
    this.target = open;
  }

  private readOther(text: string, line: number): void {
    const item = matchListItem(text);
    if (item) {
      if (this.inPoints && this.points) {
        const point: OpenValue = {
          parts: [item.text],
          field: `${this.points.field}[${this.points.items.length + 1}]`,
          line,
        };
        this.points.items.push(point);
        this.target = point;
      } else {
        const where = this.target ? this.target.field : 'list item';
        this.issue(
          line,
          where,
          'list item outside the main points; put list items under a "Main points:" line',
        );
      }
      return;
    }
    if (this.target && !this.afterBlank) {
      this.target.parts.push(text);
      return;
    }
    this.issue(
      line,
      '(text)',
      this.inPoints
        ? 'text in the main points that is not a list item; start it with "1. " or "- ", or indent it to continue the point above'
        : 'text outside any key; start the line with a key such as "Hook:", or indent it to continue the value above',
    );
  }

  draft(): ScriptDraft {
    const value = (key: ValueKey): DraftValue | undefined => {
      const open = this.values.get(key);
      return open ? { text: open.parts.join(' '), field: open.field, line: open.line } : undefined;
    };
    const points = this.points;
    return {
      channel: value('channel'),
      topic: value('topic'),
      hook: value('hook'),
      mainPoints: points
        ? {
            field: points.field,
            line: points.line,
            items: points.items.map((p) => ({ text: p.parts.join(' '), field: p.field, line: p.line })),
          }
        : undefined,
      callToAction: value('callToAction'),
      music: value('music'),
      platform: value('platform'),
      variants: this.variants.drafts(),
      voice: value('voice'),
      captions: value('captions'),
      template: value('template'),
    };
  }
}

/** Counts distinct known keys at the start of lines; enough of them means this is the text format. */
function countKnownKeys(lines: readonly string[]): number {
  const found = new Set<ScriptKey>();
  for (const line of lines) {
    if (isIndented(line)) continue;
    const key = matchKeyLine(line);
    const known = key && lookupScriptKey(key.label);
    if (known) found.add(known);
  }
  return found.size;
}

/** Scripts as creators jot them down: `Key: value` lines and a numbered or bulleted list of points. */
export class TextScriptParser implements ScriptParser {
  readonly format = 'text' as const;

  detect(input: ScriptParseInput): number {
    const known = countKnownKeys(splitLines(input.content.replace(/\r\n?/g, '\n')));
    return known === 0 ? 0 : Math.min(0.9, 0.3 + 0.15 * known);
  }

  parse(input: ScriptParseInput): VideoScript {
    return parseLineScript(input, new TextScriptReader(), {
      format: 'text',
      fieldNames: FIELD_NAMES,
      howToAdd: (field) => `add a "${KEY_EXAMPLES[field]}${field === 'mainPoints' ? '' : '" line'}`,
    });
  }
}
