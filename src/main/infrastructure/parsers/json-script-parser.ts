import type { ValidationIssue } from '#core/errors.js';
import type { ScriptParseInput, ScriptParser } from '#core/parser.js';
import type { VideoScript } from '#core/script.js';
import { finishScript, throwIssues } from './finish-script.js';
import { findJsonSyntaxProblem } from './json-syntax-error.js';
import { describeJsonType, isJsonObject, pickKey } from './json-values.js';
import type { JsonObject } from './json-values.js';
import { readJsonVariants, VARIANTS_KEYS } from './json-variants.js';
import { jsonFieldLines, withJsonLines } from './json-issue-lines.js';
import { guardParse } from './parse-guard.js';
import { lineAt, prepareContent } from './script-content.js';
import type { DraftValue, DraftVoiceOvers, RequiredField, ScriptDraft } from './script-draft.js';

/** Longest list read item by item (main points, their voice-overs); channels allow a handful. */
export const MAX_LIST_ITEMS = 1_000;

/** Accepted spellings of each key, snake_case first (the documented one). */
const KEYS = {
  channel: ['channel'],
  topic: ['topic'],
  hook: ['hook'],
  mainPoints: ['main_points', 'mainPoints'],
  callToAction: ['call_to_action', 'callToAction'],
  music: ['music'],
  platform: ['platform'],
  template: ['template'],
  voiceOvers: ['voice_overs', 'voiceOvers'],
  voice: ['voice'],
  captions: ['captions'],
} as const;

const VOICE_OVER_KEYS = {
  hook: ['hook'],
  mainPoints: ['main_points', 'mainPoints'],
  callToAction: ['call_to_action', 'callToAction'],
} as const;

const KNOWN_TOP_LEVEL = new Set<string>([...Object.values(KEYS).flat(), ...VARIANTS_KEYS]);
const KNOWN_VOICE_OVER = new Set<string>(Object.values(VOICE_OVER_KEYS).flat());

// Keys that only a Reelforge JSON script would have; used to be sure, not to decide.
const SIGNATURE_KEYS = /"(?:hook|main_points|mainPoints|call_to_action|callToAction|channel|topic)"\s*:/;

/** Commas and colons beyond which the scanner is not run: a script has a few dozen. */
const MAX_SCANNED_SEPARATORS = 20_000;

function countSeparators(content: string, limit: number): number {
  let count = 0;
  for (let i = 0; i < content.length && count <= limit; i += 1) {
    const code = content.charCodeAt(i);
    if (code === 0x2c || code === 0x3a) count += 1;
  }
  return count;
}

/**
 * Where JSON.parse gave up, from its own message, for text far too big to be a script: the
 * scanner's ≈ 60 ns per token would make such a file cost more than the rest of intake.
 */
function engineSyntaxIssue(content: string, error: unknown): ValidationIssue {
  const message = error instanceof Error ? error.message : String(error);
  // V8: `Unexpected token 'x', "…" is not valid JSON` or `… in JSON at position 12`.
  const reason = message
    .replace(/, (?:\.\.\.)?".*$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .slice(0, 200);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : undefined;
  return {
    field: '(syntax)',
    ...(offset !== undefined ? { line: lineAt(content, offset) } : {}),
    message: `not valid JSON: ${reason} (and with far more values than a script has)`,
  };
}

function syntaxIssue(content: string, error: unknown): ValidationIssue {
  if (countSeparators(content, MAX_SCANNED_SEPARATORS) > MAX_SCANNED_SEPARATORS)
    return engineSyntaxIssue(content, error);
  const problem = findJsonSyntaxProblem(content);
  if (problem === undefined) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return { field: '(syntax)', message: `not valid JSON: ${reason}` };
  }
  const lineStart = content.lastIndexOf('\n', problem.offset - 1) + 1;
  const column = problem.offset - lineStart + 1;
  return {
    field: '(syntax)',
    line: lineAt(content, problem.offset),
    message: `not valid JSON at column ${column}: ${problem.message}`,
  };
}

class JsonDraftReader {
  readonly issues: ValidationIssue[] = [];

  constructor(readonly content: string) {}

  private issue(field: string, message: string): void {
    this.issues.push({ field, message });
  }

  pick(
    object: JsonObject,
    spellings: readonly string[],
    prefix = '',
  ): { key: string; value: unknown } | undefined {
    const { picked, duplicate } = pickKey(object, spellings);
    if (picked && duplicate !== undefined) {
      this.issue(`${prefix}${picked.key}`, `given twice, as "${picked.key}" and "${duplicate}"; keep one`);
    }
    return picked;
  }

  /** A string value; null is accepted where `nullable`, meaning "none". */
  string(field: string, value: unknown, nullable = false): DraftValue | undefined {
    if (typeof value === 'string') return { text: value, field };
    if (value === null && nullable) return undefined;
    this.issue(
      field,
      `expected ${nullable ? 'a string or null' : 'a string'}, got ${describeJsonType(value)}`,
    );
    return undefined;
  }

  /** Required fields that are present but unusable; their issue is already recorded. */
  readonly reported = new Set<RequiredField>();

  field(
    object: JsonObject,
    field: RequiredField | 'music' | 'platform' | 'template',
  ): DraftValue | undefined {
    const picked = this.pick(object, KEYS[field]);
    if (picked === undefined) return undefined;
    const value = this.string(picked.key, picked.value);
    if (value === undefined && field !== 'music' && field !== 'platform' && field !== 'template')
      this.reported.add(field);
    return value;
  }

  optionalString(object: JsonObject, field: 'voice'): DraftValue | undefined {
    const picked = this.pick(object, KEYS[field]);
    return picked === undefined ? undefined : this.string(picked.key, picked.value);
  }

  /** A true/false value, handed on as its text so every format checks it the same way. */
  flag(object: JsonObject, field: 'captions'): DraftValue | undefined {
    const picked = this.pick(object, KEYS[field]);
    if (picked === undefined) return undefined;
    if (typeof picked.value === 'boolean') return { text: String(picked.value), field: picked.key };
    this.issue(picked.key, `expected true or false, got ${describeJsonType(picked.value)}`);
    return undefined;
  }

  list(field: string, value: unknown, nullable: boolean): (DraftValue | undefined)[] | undefined {
    if (!Array.isArray(value)) {
      this.issue(
        field,
        `expected a list of ${nullable ? 'file paths' : 'strings'}, got ${describeJsonType(value)}`,
      );
      return undefined;
    }
    if (value.length > MAX_LIST_ITEMS) {
      // One issue, not one per item: a list this long is no script, and reading it costs seconds.
      this.issue(field, `${value.length} items; a script's list holds at most ${MAX_LIST_ITEMS}`);
      return undefined;
    }
    return value.map((item, index) => this.string(`${field}[${index + 1}]`, item, nullable));
  }

  voiceOvers(object: JsonObject): DraftVoiceOvers | undefined {
    const picked = this.pick(object, KEYS.voiceOvers);
    if (picked === undefined || picked.value === null) return undefined;
    const field = picked.key;
    if (!isJsonObject(picked.value)) {
      this.issue(
        field,
        `expected an object with hook, main_points and call_to_action, got ${describeJsonType(picked.value)}`,
      );
      return undefined;
    }
    const voice = picked.value;
    for (const key of Object.keys(voice)) {
      // A typo here would silently drop a voice-over, so unlike top-level keys these are checked.
      if (!KNOWN_VOICE_OVER.has(key)) {
        this.issue(`${field}.${key}`, 'unknown key; expected hook, main_points or call_to_action');
      }
    }
    const hookKey = this.pick(voice, VOICE_OVER_KEYS.hook, `${field}.`);
    const pointsKey = this.pick(voice, VOICE_OVER_KEYS.mainPoints, `${field}.`);
    const ctaKey = this.pick(voice, VOICE_OVER_KEYS.callToAction, `${field}.`);
    const pointsField = pointsKey ? `${field}.${pointsKey.key}` : '';
    const points =
      pointsKey && pointsKey.value !== null ? this.list(pointsField, pointsKey.value, true) : undefined;
    return {
      field,
      hook: hookKey ? this.string(`${field}.${hookKey.key}`, hookKey.value, true) : undefined,
      mainPoints: points ? { field: pointsField, items: points } : undefined,
      callToAction: ctaKey ? this.string(`${field}.${ctaKey.key}`, ctaKey.value, true) : undefined,
    };
  }

  mainPoints(root: JsonObject): ScriptDraft['mainPoints'] {
    const picked = this.pick(root, KEYS.mainPoints);
    if (picked === undefined) return undefined;
    const listed = this.list(picked.key, picked.value, false);
    const points = listed ?? [];
    const items = points.filter((p): p is DraftValue => p !== undefined);
    if (items.length < points.length || listed === undefined) this.reported.add('mainPoints');
    return { field: picked.key, items };
  }

  read(root: JsonObject): ScriptDraft {
    return {
      channel: this.field(root, 'channel'),
      topic: this.field(root, 'topic'),
      hook: this.field(root, 'hook'),
      mainPoints: this.mainPoints(root),
      callToAction: this.field(root, 'callToAction'),
      music: this.field(root, 'music'),
      platform: withKeyLine(this.field(root, 'platform'), this.content),
      template: this.field(root, 'template'),
      voiceOvers: this.voiceOvers(root),
      variants: readJsonVariants(this, root),
      voice: this.optionalString(root, 'voice'),
      captions: this.flag(root, 'captions'),
      reported: this.reported,
    };
  }
}

/**
 * A value with the line its key is on, for the optional fields checked after parsing (the JSON
 * parser keeps no positions): the first `"key":` in the text. A script has each key once at the
 * top level; a duplicate is reported on its own.
 */
function withKeyLine(value: DraftValue | undefined, content: string): DraftValue | undefined {
  if (value === undefined) return undefined;
  const at = content.search(new RegExp(`"${value.field}"\\s*:`));
  return at === -1 ? value : { ...value, line: lineAt(content, at) };
}

const FIELD_NAMES: Record<RequiredField, string> = {
  channel: 'channel',
  topic: 'topic',
  hook: 'hook',
  mainPoints: 'main_points',
  callToAction: 'call_to_action',
};

const EXAMPLES: Record<RequiredField, string> = {
  channel: '"channel": "air"',
  topic: '"topic": "…"',
  hook: '"hook": "…"',
  mainPoints: '"main_points": ["…", "…"]',
  callToAction: '"call_to_action": "…"',
};

/** Scripts as a JSON object: `{"channel", "topic", "hook", "main_points", "call_to_action"}`. */
export class JsonScriptParser implements ScriptParser {
  readonly format = 'json' as const;

  detect(input: ScriptParseInput): number {
    const start = input.content.search(/\S/);
    const first = start === -1 ? '' : input.content[start];
    if (first === '{') return SIGNATURE_KEYS.test(input.content.slice(start, start + 65_536)) ? 1 : 0.8;
    // A top-level list is JSON, just not a usable script; the parser will say so.
    if (first === '[') return 0.6;
    return 0;
  }

  parse(input: ScriptParseInput): VideoScript {
    return guardParse(input, () => this.parseContent(input));
  }

  private parseContent(input: ScriptParseInput): VideoScript {
    const content = prepareContent(input);
    if (content.trim() === '') throwIssues([{ field: '(content)', message: 'the script is empty' }], input);
    let root: unknown;
    try {
      root = JSON.parse(content);
    } catch (error) {
      throwIssues([syntaxIssue(content, error)], input);
    }
    if (!isJsonObject(root)) {
      throwIssues(
        [
          {
            field: '(root)',
            message: `expected an object with channel, topic, hook, main_points and call_to_action, got ${describeJsonType(root)}`,
          },
        ],
        input,
      );
    }
    const reader = new JsonDraftReader(content);
    const draft = reader.read(root);
    const unknown = Object.keys(root).filter((key) => !KNOWN_TOP_LEVEL.has(key));
    const typoHint =
      unknown.length > 0
        ? ` (unrecognised keys: ${unknown
            .slice(0, 5)
            .map((k) => `"${k}"`)
            .join(', ')})`
        : '';
    const locate = jsonFieldLines(content);
    try {
      return finishScript(draft, reader.issues, {
        format: 'json',
        input,
        fieldNames: FIELD_NAMES,
        howToAdd: (field) => `add ${EXAMPLES[field]}${typoHint}`,
        locate,
      });
    } catch (error) {
      throw withJsonLines(error, locate);
    }
  }
}
