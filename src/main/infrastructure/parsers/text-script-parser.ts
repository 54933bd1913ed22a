import type { ScriptParseInput, ScriptParser } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { LineDraft, type OpenValue } from './line-draft.js';
import { parseLineScript } from './line-script.js';
import { isVariantLabel, matchPointLine, VariantBlocks } from './line-variants.js';
import { isIndented, matchKeyLine, matchListItem } from './line-syntax.js';
import { splitLines } from './script-content.js';
import type { RequiredField, ScriptDraft } from './script-draft.js';
import { KNOWN_KEYS_TEXT, lookupScriptKey, typoHint } from './script-keys.js';
import type { ScriptKey } from './script-keys.js';

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
  private readonly collected = new LineDraft();
  readonly issues = this.collected.issues;
  private inPoints = false;
  /** Where continuation lines go: the last value or list item. */
  private target: OpenValue | undefined;
  private afterBlank = false;
  /** `Variant: <name>` blocks, which follow the script itself. */
  private readonly variants = new VariantBlocks(this.issues);

  private issue(line: number, field: string, message: string): void {
    this.collected.issue(line, field, message);
  }

  read(raw: string, text: string, line: number, afterBlank: boolean): void {
    this.afterBlank = afterBlank;
    // Indented lines continue the value above, even across a blank line (a wrapped list item).
    if (this.target && isIndented(raw)) {
      this.target.parts.push(text);
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
    if (key === 'mainPoints') {
      if (!this.collected.openPoints(field, line)) return;
      this.inPoints = true;
      if (value !== '') {
        this.issue(line, field, `put each main point on its own line below "${label}:", as "1. …" or "- …"`);
      }
      return;
    }
    this.target = this.collected.openValue(key, { parts: value === '' ? [] : [value], field, line });
  }

  private readOther(text: string, line: number): void {
    const item = matchListItem(text);
    if (item) {
      const pointField = this.inPoints ? this.collected.nextPointField() : undefined;
      if (pointField) {
        const point: OpenValue = { parts: [item.text], field: pointField, line };
        this.collected.addPoint(point);
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
    return this.collected.draft(this.variants.drafts());
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
