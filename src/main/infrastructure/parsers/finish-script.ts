import path from 'node:path';
import { ScriptValidationError } from '#core/errors.js';
import type { PartlyReadScript, ValidationIssue } from '#core/errors.js';
import type { ScriptParseInput } from '#core/parser.js';
import type { ScriptFormat, ScriptMedia, VideoScript } from '#core/script.js';
import { isPlatformId, PLATFORM_CHOICES_TEXT, type PlatformId } from '#core/platform-presets.js';
import { finishVariants } from './finish-variants.js';
import { resolveMediaPath } from './media-paths.js';
import { readNarration } from './narration-fields.js';
import { findControlCharacter, normaliseWhitespace } from './normalise-text.js';
import type { DraftValue, RequiredField, ScriptDraft } from './script-draft.js';
import { rememberFieldLines, type FieldLineLookup } from '#core/script-field-lines.js';

export interface FinishOptions {
  readonly format: ScriptFormat;
  readonly input: ScriptParseInput;
  /** Names of the required fields in the format's own spelling, for "missing" issues. */
  readonly fieldNames: Readonly<Record<RequiredField, string>>;
  /** How to add a missing field in this format, e.g. `add a "Hook:" line`. */
  readonly howToAdd: (field: RequiredField) => string;
  /** Line that "missing" issues point at in line-based formats (the end of the file). */
  readonly missingLine?: number;
  /** Where a field stands, for formats whose values carry no line (JSON). */
  readonly locate?: FieldLineLookup;
}

/** Issues in reading order: by line, those without a line last, otherwise as found. */
function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const la = a.issue.line ?? Number.POSITIVE_INFINITY;
      const lb = b.issue.line ?? Number.POSITIVE_INFINITY;
      return la === lb ? a.index - b.index : la - lb;
    })
    .map(({ issue }) => issue);
}

/** Throws every issue at once, each naming the script, with what could still be read. */
export function throwIssues(
  issues: readonly ValidationIssue[],
  input: ScriptParseInput,
  partlyRead?: PartlyReadScript,
): never {
  throw new ScriptValidationError(
    sortIssues(issues).map((issue) => ({ ...issue, file: issue.file ?? input.name })),
    partlyRead,
  );
}

class FieldChecker {
  readonly issues: ValidationIssue[];
  /** Required parts that are missing or have an issue of their own. */
  readonly unreadable = new Set<RequiredField>();

  constructor(
    private readonly options: FinishOptions,
    parserIssues: readonly ValidationIssue[],
    reported: ReadonlySet<RequiredField> | undefined,
  ) {
    this.issues = [...parserIssues];
    for (const field of reported ?? []) this.unreadable.add(field);
  }

  private add(value: { field: string; line?: number }, message: string): void {
    this.issues.push({ field: value.field, line: value.line, message });
  }

  missing(field: RequiredField, reported: ReadonlySet<RequiredField> | undefined): void {
    this.unreadable.add(field);
    if (reported?.has(field)) return;
    const { fieldNames, howToAdd, missingLine } = this.options;
    this.issues.push({ field: fieldNames[field], line: missingLine, message: `missing; ${howToAdd(field)}` });
  }

  /** Normalised text of a value, recording an issue when it is blank or holds control characters. */
  text(value: DraftValue): string {
    const text = normaliseWhitespace(value.text);
    if (text === '') this.add(value, 'is empty');
    const control = findControlCharacter(text);
    if (control !== undefined) this.add(value, `contains the control character ${control}; remove it`);
    return text;
  }

  required(draft: ScriptDraft, field: Exclude<RequiredField, 'mainPoints'>): string {
    const value = draft[field];
    if (value === undefined) {
      this.missing(field, draft.reported);
      return '';
    }
    return this.part(field, () => this.text(value));
  }

  /** Runs `read`, marking `field` unreadable when it records an issue. */
  part<T>(field: RequiredField, read: () => T): T {
    const before = this.issues.length;
    const value = read();
    if (this.issues.length > before) this.unreadable.add(field);
    return value;
  }

  /** Absolute path of a media value, or undefined (with an issue) when it is unusable. */
  mediaPath(value: DraftValue | undefined): string | undefined {
    if (value === undefined) return undefined;
    const trimmed = value.text.trim();
    if (trimmed === '') {
      this.add(value, 'is empty; give a file path or leave it out');
      return undefined;
    }
    const control = findControlCharacter(trimmed);
    if (control !== undefined) {
      this.add(value, `contains the control character ${control}; this is not a usable file path`);
      return undefined;
    }
    const resolved = resolveMediaPath(trimmed, this.options.input);
    const rule = this.options.input.localMedia;
    if (rule !== undefined && !rule.allows(resolved)) {
      this.add(value, rule.refusal);
      return undefined;
    }
    return resolved;
  }

  /** The platform id a value names (any case), or undefined with an issue naming the choices. */
  platform(value: DraftValue | undefined): PlatformId | undefined {
    if (value === undefined) return undefined;
    const id = normaliseWhitespace(value.text).toLowerCase();
    if (isPlatformId(id)) return id;
    this.add(
      value,
      id === ''
        ? `is empty; use ${PLATFORM_CHOICES_TEXT}, or leave it out`
        : `unknown platform "${value.text.trim()}"; use ${PLATFORM_CHOICES_TEXT}`,
    );
    return undefined;
  }

  countMismatch(field: string, voiceOvers: number, points: number): void {
    this.issues.push({
      field,
      message: `has ${voiceOvers} entries but the script has ${points} main point${points === 1 ? '' : 's'}`,
    });
  }
}

function buildMedia(draft: ScriptDraft, check: FieldChecker, pointCount: number): ScriptMedia | undefined {
  const music = check.mediaPath(draft.music);
  const drafts = draft.voiceOvers;
  const hook = check.mediaPath(drafts?.hook);
  const callToAction = check.mediaPath(drafts?.callToAction);
  const pointDrafts = drafts?.mainPoints;
  const mainPoints = pointDrafts?.items.map((item) => check.mediaPath(item));
  if (pointDrafts && draft.mainPoints && pointDrafts.items.length > pointCount) {
    check.countMismatch(pointDrafts.field, pointDrafts.items.length, pointCount);
  }
  const anyPointVoice = mainPoints?.some((p) => p !== undefined) ?? false;
  const hasVoiceOvers = hook !== undefined || callToAction !== undefined || anyPointVoice;
  if (music === undefined && !hasVoiceOvers) return undefined;
  return {
    ...(music !== undefined ? { music } : {}),
    ...(hasVoiceOvers
      ? {
          voiceOvers: {
            ...(hook !== undefined ? { hook } : {}),
            ...(anyPointVoice && mainPoints ? { mainPoints } : {}),
            ...(callToAction !== undefined ? { callToAction } : {}),
          },
        }
      : {}),
  };
}

/**
 * The checks every format shares: required fields present and non-blank, whitespace normalised,
 * channel lower-cased, media paths made absolute. Channel-specific limits are not checked here.
 * Throws ScriptValidationError with the parser's own issues and these, sorted by line, carrying
 * the script as far as it could be read so the channel's limits can be reported alongside.
 */
export function finishScript(
  draft: ScriptDraft,
  parserIssues: readonly ValidationIssue[],
  options: FinishOptions,
): VideoScript {
  const check = new FieldChecker(options, parserIssues, draft.reported);
  const channel = check.required(draft, 'channel').toLowerCase();
  const topic = check.required(draft, 'topic');
  const hook = check.required(draft, 'hook');
  const points = draft.mainPoints;
  if (points === undefined) check.missing('mainPoints', draft.reported);
  else if (points.items.length === 0) {
    check.unreadable.add('mainPoints');
    if (!draft.reported?.has('mainPoints')) {
      check.issues.push({ field: points.field, line: points.line, message: 'needs at least one main point' });
    }
  }
  const mainPoints = check.part('mainPoints', () => points?.items.map((item) => check.text(item)) ?? []);
  const callToAction = check.required(draft, 'callToAction');
  const media = buildMedia(draft, check, mainPoints.length);
  const platform = check.platform(draft.platform);
  const variants = finishVariants(draft.variants, check, mainPoints.length);
  const narration = readNarration(draft, check.issues);
  const template = draft.template?.text.trim() || undefined;

  const { input, format } = options;
  const script: VideoScript = {
    channel,
    topic,
    hook,
    mainPoints,
    callToAction,
    ...(media !== undefined ? { media } : {}),
    ...(platform !== undefined ? { platform } : {}),
    ...(variants !== undefined ? { variants } : {}),
    ...narration,
    ...(template !== undefined ? { template } : {}),
    source: {
      format,
      name: input.name,
      ...(input.path !== undefined ? { path: path.resolve(input.path) } : {}),
    },
  };
  rememberFieldLines(script, options.locate ?? draftLines(draft));
  if (check.issues.length > 0) throwIssues(check.issues, input, { script, unreadable: check.unreadable });
  return script;
}

/** Lines of a line-based format's fields, by the names issues use (JSON's spelling, 1-based points). */
function draftLines(draft: ScriptDraft): FieldLineLookup {
  return (field) => {
    const point = /^main_points\[(\d+)\]$/.exec(field);
    if (point) return draft.mainPoints?.items[Number(point[1]) - 1]?.line;
    const values: Readonly<Record<string, { readonly line?: number } | undefined>> = {
      channel: draft.channel,
      topic: draft.topic,
      hook: draft.hook,
      main_points: draft.mainPoints,
      call_to_action: draft.callToAction,
      music: draft.music,
      platform: draft.platform,
      template: draft.template,
      voice: draft.voice,
      captions: draft.captions,
    };
    return Object.hasOwn(values, field) ? values[field]?.line : undefined;
  };
}
