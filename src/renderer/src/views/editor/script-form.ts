// The editor's form and its raw text are two views of one script text. The text is what is
// checked, saved and previewed; the form reads it and writes it back, keeping every field the form
// does not show (media, voice, template, variants…).
import type { ValidationIssue } from '#shared/api-types.js';

export interface ScriptForm {
  readonly channel: string;
  readonly topic: string;
  readonly hook: string;
  readonly mainPoints: readonly string[];
  readonly callToAction: string;
}

export type FormField = 'channel' | 'topic' | 'hook' | 'mainPoints' | 'callToAction';

export const EMPTY_FORM: ScriptForm = {
  channel: '',
  topic: '',
  hook: '',
  mainPoints: [''],
  callToAction: '',
};

/** The keys each form field is written under in JSON, camelCase first; both spellings are read. */
const KEYS: Record<FormField, readonly string[]> = {
  channel: ['channel'],
  topic: ['topic'],
  hook: ['hook'],
  mainPoints: ['mainPoints', 'main_points'],
  callToAction: ['callToAction', 'call_to_action'],
};

/** The JSON object the text holds, or undefined when it is not a JSON object (text, Markdown, a typo). */
export function readJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The form's values from a JSON object; what is missing or of another type reads as empty. */
export function formFromJson(object: Record<string, unknown>): ScriptForm {
  const pick = (field: FormField): unknown => {
    const key = KEYS[field].find((k) => k in object);
    return key === undefined ? undefined : object[key];
  };
  const text = (field: FormField) => {
    const value = pick(field);
    return typeof value === 'string' ? value : '';
  };
  const points = pick('mainPoints');
  return {
    channel: text('channel'),
    topic: text('topic'),
    hook: text('hook'),
    mainPoints: Array.isArray(points) ? points.map((p) => (typeof p === 'string' ? p : '')) : [],
    callToAction: text('callToAction'),
  };
}

/**
 * The script text with the form's values: written into the JSON object the text holds (under the
 * spelling it already uses, other fields kept in their order), or as a new JSON script.
 */
export function writeForm(text: string, form: ScriptForm): string {
  const object = readJsonObject(text) ?? {};
  const next: Record<string, unknown> = { ...object };
  for (const field of Object.keys(KEYS) as FormField[]) {
    const key = KEYS[field].find((k) => k in object) ?? KEYS[field][0]!;
    next[key] = form[field];
  }
  return `${JSON.stringify(next, null, 2)}\n`;
}

/** Where an issue belongs in the form: a field, and for one main point its 0-based index. */
export interface IssueTarget {
  readonly field: FormField;
  readonly pointIndex?: number;
}

/**
 * The form field an issue names, in any format's spelling ("main_points[3]", "mainPoints",
 * "call_to_action"; list positions are 1-based in messages); undefined for the rest (syntax,
 * media, voice…), which the editor lists above the form.
 */
export function issueTarget(issue: Pick<ValidationIssue, 'field'>): IssueTarget | undefined {
  const match = /^([A-Za-z_ ]+?)(?:\[(\d+)\])?$/.exec(issue.field.trim());
  if (!match) return undefined;
  const name = match[1]!.replace(/[_ ]/g, '').toLowerCase();
  const field = (Object.keys(KEYS) as FormField[]).find((f) => f.toLowerCase() === name);
  if (field === undefined) return undefined;
  if (field === 'mainPoints' && match[2] !== undefined) {
    return { field, pointIndex: Number(match[2]) - 1 };
  }
  return { field };
}

/** The first issue the editor should open at: the first with a line, else the first one. */
export function firstProblem(issues: readonly ValidationIssue[]): ValidationIssue | undefined {
  return [...issues].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))[0];
}

/** A new script for a channel (and a template, when one is picked), as JSON text ready to fill in. */
export function newScriptText(channel: string, template?: string): string {
  const text = writeForm('', { ...EMPTY_FORM, channel });
  if (template === undefined) return text;
  return `${JSON.stringify({ ...readJsonObject(text), template }, null, 2)}\n`;
}

/** Moves one main point up (-1) or down (+1); out of range leaves the list as it is. */
export function movePoint(points: readonly string[], index: number, by: -1 | 1): string[] {
  const target = index + by;
  const next = [...points];
  if (index < 0 || target < 0 || index >= next.length || target >= next.length) return next;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}
