import type { ScriptParseInput, ScriptParser } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { LineDraft, type OpenValue as LineValue, type ValueKey } from './line-draft.js';
import { parseLineScript } from './line-script.js';
import { matchPointLine, VariantBlocks } from './line-variants.js';
import { isIndented, matchKeyLine, matchListItem } from './line-syntax.js';
import type { KeyLine } from './line-syntax.js';
import { matchBoldKeyLine, matchHeading, stripInlineMarkdown } from './markdown-syntax.js';
import { splitLines } from './script-content.js';
import type { RequiredField, ScriptDraft } from './script-draft.js';
import { lookupScriptKey, typoHint } from './script-keys.js';

interface OpenValue extends LineValue {
  /** File paths keep their characters; everything else loses its Markdown markup. */
  readonly verbatim: boolean;
}

type Section =
  | { readonly kind: 'preamble' }
  | { readonly kind: 'value'; readonly open: OpenValue }
  | { readonly kind: 'points' }
  | { readonly kind: 'variant' }
  | { readonly kind: 'ignored' };

const SECTIONS_TEXT = '"## Hook", "## Main points", "## Call to action" (or "## CTA")';

const FIELD_NAMES: Record<RequiredField, string> = {
  channel: 'channel',
  topic: 'title',
  hook: 'hook',
  mainPoints: 'main points',
  callToAction: 'call to action',
};

const HOW_TO_ADD: Record<RequiredField, string> = {
  channel: 'add a "**Channel:** air" line below the title',
  topic: 'add a "# Title" line at the top',
  hook: 'add a "## Hook" section',
  mainPoints: 'add a "## Main points" section with a "- …" item per point',
  callToAction: 'add a "## Call to action" section',
};

/** `## Variant: question-hook` (or `## Variant question-hook`): the name, when the heading starts a variant. */
function variantHeadingName(text: string): string | undefined {
  const match = /^variant(?:\s*:\s*|\s+|$)(.*)$/i.exec(stripInlineMarkdown(text).trim());
  return match ? match[1]!.trim() : undefined;
}

/** Text of a line inside a section: quote marker and inline markup removed. */
function plainText(line: string): string {
  const unquoted = line.startsWith('>') ? line.replace(/^(?:>[ \t]?)+/, '') : line;
  return stripInlineMarkdown(unquoted);
}

/** A file path as written, without the backticks or angle brackets Markdown users put around it. */
function verbatimPath(text: string): string {
  if (text.length >= 2 && text.startsWith('<') && text.endsWith('>')) return text.slice(1, -1).trim();
  if (!text.startsWith('`') || !text.endsWith('`')) return text;
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '`') start += 1;
  while (end > start && text[end - 1] === '`') end -= 1;
  return text.slice(start, end).trim();
}

class MarkdownScriptReader {
  private readonly collected = new LineDraft<OpenValue>();
  readonly issues = this.collected.issues;
  private section: Section = { kind: 'preamble' };
  private currentItem: OpenValue | undefined;
  private afterBlank = false;
  /** `## Variant: <name>` sections, which follow the script itself. */
  private readonly variants = new VariantBlocks(this.issues, (text, key) =>
    key === 'music' ? verbatimPath(text) : plainText(text),
  );

  private issue(line: number, field: string, message: string): void {
    this.collected.issue(line, field, message);
  }


  private openValue(key: ValueKey, field: string, line: number, firstPart?: string): OpenValue | undefined {
    const verbatim = key === 'music' || key === 'voice';
    const parts = firstPart === undefined || firstPart === '' ? [] : [firstPart];
    return this.collected.openValue(key, { parts, field, line, verbatim });
  }

  read(raw: string, text: string, line: number, afterBlank: boolean): void {
    this.afterBlank = afterBlank;
    const heading = matchHeading(raw);
    if (heading) {
      this.readHeading(heading.level, heading.text, line);
      return;
    }
    if (this.section.kind === 'ignored') return;
    if (this.section.kind === 'variant') {
      const key = matchPointLine(text) ?? matchBoldKeyLine(text) ?? matchKeyLine(text);
      if (key && !isIndented(raw)) this.variants.readKey(key, line);
      else this.variants.readOther(raw, text, line, this.afterBlank);
      return;
    }
    const keyLine =
      matchBoldKeyLine(text) ?? (this.section.kind === 'preamble' ? matchKeyLine(text) : undefined);
    if (keyLine && this.readKeyLine(keyLine, line)) return;
    switch (this.section.kind) {
      case 'preamble':
        // "---" fences YAML-style front matter, whose "key: value" lines are read above.
        if (text === '---') return;
        this.issue(line, '(text)', `text before the first section; put it under ${SECTIONS_TEXT}`);
        return;
      case 'value':
        this.readValueLine(this.section.open, text, line);
        return;
      case 'points':
        this.readPointLine(raw, text, line);
        return;
    }
  }

  /** True when the line was a metadata line and has been dealt with. */
  private readKeyLine(keyLine: KeyLine, line: number): boolean {
    const key = lookupScriptKey(keyLine.label);
    const field = keyLine.label.toLowerCase();
    if (key === undefined) {
      // Inside a section an unknown bold label is just emphasis at the start of a sentence.
      if (this.section.kind !== 'preamble') return false;
      this.issue(
        line,
        field,
        `unknown key "${keyLine.label}"${typoHint(keyLine.label)}; expected Channel, Topic, Music, Platform or sections ${SECTIONS_TEXT}`,
      );
      return true;
    }
    if (key === 'mainPoints') {
      this.issue(line, field, 'main points go in a "## Main points" section, one "- …" list item per point');
      return true;
    }
    const value =
      key === 'music' || key === 'voice' ? verbatimPath(keyLine.value) : stripInlineMarkdown(keyLine.value);
    this.openValue(key, field, line, value);
    return true;
  }

  private readHeading(level: number, text: string, line: number): void {
    this.currentItem = undefined;
    if (level === 1) {
      this.openValue('topic', 'title', line, stripInlineMarkdown(text));
      this.section = { kind: 'preamble' };
      return;
    }
    const variantName = level === 1 ? undefined : variantHeadingName(text);
    if (variantName !== undefined) {
      this.variants.start(variantName, line);
      this.section = { kind: 'variant' };
      return;
    }
    const label = stripInlineMarkdown(text).replace(/:\s*$/, '').trim();
    const field = label.toLowerCase();
    const key = lookupScriptKey(label);
    this.section = { kind: 'ignored' };
    if (key === undefined) {
      this.issue(
        line,
        field || '(heading)',
        `unknown section "${'#'.repeat(level)} ${label}"${typoHint(label)}; expected ${SECTIONS_TEXT}`,
      );
      return;
    }
    if (key === 'mainPoints') {
      if (!this.collected.openPoints(field, line)) return;
      this.section = { kind: 'points' };
      return;
    }
    const open = this.openValue(key, field, line);
    if (open) this.section = { kind: 'value', open };
  }

  private readValueLine(open: OpenValue, text: string, line: number): void {
    if (matchListItem(text)) {
      this.issue(line, open.field, 'list item here; only the "## Main points" section takes a list');
      return;
    }
    open.parts.push(open.verbatim ? verbatimPath(text) : plainText(text));
  }

  private readPointLine(raw: string, text: string, line: number): void {
    const item = matchListItem(text);
    if (item) {
      const point: OpenValue = {
        parts: [stripInlineMarkdown(item.text)],
        field: this.collected.nextPointField()!,
        line,
        verbatim: false,
      };
      this.collected.addPoint(point);
      this.currentItem = point;
      return;
    }
    if (this.currentItem && (isIndented(raw) || !this.afterBlank)) {
      this.currentItem.parts.push(plainText(text));
      return;
    }
    this.issue(line, this.collected.pointsField()!, 'text that is not a list item; start each point with "- " or "1. "');
  }

  draft(): ScriptDraft {
    return this.collected.draft(this.variants.drafts());
  }
}

/** Confidence from the shape of the lines: script section headings are near-certain. */
function scoreMarkdown(lines: readonly string[]): number {
  let title = false;
  let otherHeading = false;
  let boldKey = false;
  for (const line of lines) {
    const heading = matchHeading(line);
    if (heading) {
      if (heading.level === 1) title = true;
      else if (lookupScriptKey(stripInlineMarkdown(heading.text).replace(/:\s*$/, ''))) return 0.95;
      else otherHeading = true;
      continue;
    }
    const bold = matchBoldKeyLine(line);
    if (bold && lookupScriptKey(bold.label)) boldKey = true;
  }
  if (title && boldKey) return 0.85;
  if (title || boldKey) return 0.5;
  return otherHeading ? 0.4 : 0;
}

/** Scripts as a Markdown page: `# Title`, `**Channel:** air`, `## Hook`, `## Main points`, `## Call to action`. */
export class MarkdownScriptParser implements ScriptParser {
  readonly format = 'markdown' as const;

  detect(input: ScriptParseInput): number {
    return scoreMarkdown(splitLines(input.content.replace(/\r\n?/g, '\n')));
  }

  parse(input: ScriptParseInput): VideoScript {
    return parseLineScript(input, new MarkdownScriptReader(), {
      format: 'markdown',
      fieldNames: FIELD_NAMES,
      howToAdd: (field) => HOW_TO_ADD[field],
    });
  }
}
