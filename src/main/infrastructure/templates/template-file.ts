import { ScriptValidationError, type ValidationIssue } from '#core/errors.js';
import { templateSchema, type ReelforgeTemplate } from '#core/templates/template-schema.js';
import { unknownFontFamilies } from '#core/templates/template-fonts.js';
import { locateJsonValue } from '../parsers/json-locate.js';
import { findJsonSyntaxProblem } from '../parsers/json-syntax-error.js';
import { lineAt } from '../parsers/script-content.js';
import { templateIssueMessage } from './template-issue-message.js';

/**
 * Reads a template from its JSON text. Every problem names the file, the field (as a path such as
 * `roles.hook.position`) and the line, like script errors do; all schema problems at once.
 */
export function parseTemplateText(text: string, file: string): ReelforgeTemplate {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const problem = findJsonSyntaxProblem(content);
    throw new ScriptValidationError({
      file,
      field: 'template',
      ...(problem ? { line: lineAt(content, problem.offset) } : {}),
      message: `not valid JSON: ${problem?.message ?? 'syntax error'}`,
    });
  }
  const result = templateSchema.safeParse(value);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => {
    // An unknown key is reported on its object; point at the key itself.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const jsonPath = path.filter((p): p is string | number => typeof p !== 'symbol');
    const offset = locateJsonValue(content, jsonPath) ?? locateJsonValue(content, jsonPath.slice(0, -1));
    return {
      file,
      field: jsonPath.length === 0 ? 'template' : fieldName(jsonPath),
      ...(offset !== undefined ? { line: lineAt(content, offset) } : {}),
      message: templateIssueMessage(issue, value),
    };
  });
  throw new ScriptValidationError(issues);
}

/**
 * Refuses a template whose `fonts.heading` / `fonts.body` names a family that is neither shipped
 * nor one of its `fonts.files` (it would render in a fallback face without a word). Checked when a
 * template is imported or saved, not when one is read: a file saved before keeps rendering.
 * `text`: the template's JSON as written, so each problem names its line too.
 */
export function checkTemplateFonts(template: ReelforgeTemplate, file: string, text?: string): void {
  const content = text?.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues: ValidationIssue[] = unknownFontFamilies(template).map(({ field, message }) => {
    const offset = content === undefined ? undefined : locateJsonValue(content, field.split('.'));
    return {
      file,
      field,
      ...(offset !== undefined && content !== undefined ? { line: lineAt(content, offset) } : {}),
      message,
    };
  });
  if (issues.length > 0) throw new ScriptValidationError(issues);
}

/**
 * `error` (a template's file check) with each problem's line in `text`, the template's JSON as
 * written: the file checks know the field (`fonts.files[0].file`), not where it stands.
 */
export function withTemplateLines(error: ScriptValidationError, text: string): ScriptValidationError {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return new ScriptValidationError(
    error.issues.map((issue) => {
      if (issue.line !== undefined) return issue;
      const path = issue.field
        .split(/\.|\[(\d+)\]/)
        .flatMap((part, i): (string | number)[] =>
          part === undefined || part === '' ? [] : [i % 2 === 1 ? Number(part) : part],
        );
      const offset = locateJsonValue(content, path);
      return offset !== undefined ? { ...issue, line: lineAt(content, offset) } : issue;
    }),
  );
}

function fieldName(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The JSON a template is exported as: two-space indent, a newline at the end. */
export function templateToText(template: ReelforgeTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
