import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatValidationIssue, ReelforgeError, ScriptValidationError } from '#core/errors.js';
import { escapeForOneLine } from '#core/one-line.js';
import { templateJsonSchemaText } from '#core/templates/template-json-schema.js';
import { templateToText, type TemplateStore } from '../../../infrastructure/templates/index.js';
import type { CliIO } from '../cli-io.js';
import { UsageError } from '../cli-io.js';

export interface TemplatesArgs {
  readonly rest: readonly string[];
  readonly json: boolean;
  /** `import --id`: the id the imported template is saved under. */
  readonly id?: string;
}

/** `templates list|show|export|import`: built-in and user templates. */
export function templatesCommand(store: TemplateStore, args: TemplatesArgs, io: CliIO): number {
  const [sub, ...operands] = args.rest;
  switch (sub) {
    case 'list':
      return listTemplates(store, args.json, io);
    case 'show':
      if (operands.length !== 1) throw new UsageError('templates show needs one template id');
      io.out(templateToText(store.require(operands[0]!)));
      return 0;
    case 'export':
      return exportTemplate(store, operands, io);
    case 'schema':
      io.out(templateJsonSchemaText());
      return 0;
    case 'import': {
      if (operands.length !== 1) throw new UsageError('templates import needs one JSON file');
      const path = resolve(operands[0]!);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        throw new ReelforgeError(
          `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
      let saved;
      try {
        // The logo next to the file is copied in with it.
        saved = store.import(text, path, args.id, dirname(path));
      } catch (error) {
        if (!(error instanceof ScriptValidationError)) throw error;
        // Every problem on its own line, so one edit fixes them all (not "… (and 2 more)").
        for (const issue of error.issues) io.err(`error: ${formatValidationIssue(issue)}\n`);
        return 1;
      }
      io.out(`imported template "${saved.template.id}" to ${saved.path}\n`);
      return 0;
    }
    default:
      throw new UsageError(
        sub === undefined
          ? 'templates needs "list", "show", "export" or "import"'
          : `unknown templates command "${escapeForOneLine(sub)}" (use list, show, export or import)`,
      );
  }
}

function listTemplates(store: TemplateStore, json: boolean, io: CliIO): number {
  const { templates, problems } = store.list();
  for (const entry of templates) {
    const { id, name, version } = entry.template;
    if (json) {
      io.out(`${JSON.stringify({ id, name, version, builtIn: entry.builtIn, path: entry.path ?? null })}\n`);
    } else {
      io.out(
        `${id.padEnd(20)} ${escapeForOneLine(name).padEnd(24)} v${version}  ${entry.builtIn ? 'built-in' : entry.path}\n`,
      );
    }
  }
  // A broken user file is named, not skipped silently; the listing still shows the rest.
  for (const problem of problems) io.err(`warning: ${escapeForOneLine(problem.message)}\n`);
  return problems.length > 0 ? 1 : 0;
}

function exportTemplate(store: TemplateStore, operands: readonly string[], io: CliIO): number {
  if (operands.length < 1 || operands.length > 2) {
    throw new UsageError('templates export needs a template id and, optionally, a file');
  }
  const template = store.require(operands[0]!);
  const text = templateToText(template);
  if (operands.length === 1) {
    io.out(text);
    return 0;
  }
  const path = resolve(operands[1]!);
  if (existsSync(path)) throw new ReelforgeError(`${path} already exists; choose another file`);
  const temp = `${path}.${process.pid}.tmp`;
  // The logo, background, font and music files go next to the file under the same relative names, so it imports again.
  const assets = store.assetsOf(template.id);
  const files = [
    ...(assets.logo && template.logo ? [[assets.logo.path, template.logo.file] as const] : []),
    ...(assets.background && template.background.file
      ? [[assets.background.path, template.background.file] as const]
      : []),
    ...(assets.fonts ?? []).map((font, i) => [font.path, template.fonts.files![i]!.file] as const),
    ...(assets.music && template.music?.file ? [[assets.music.path, template.music.file] as const] : []),
  ];
  for (const [, name] of files) {
    const target = resolve(dirname(path), name);
    if (existsSync(target)) throw new ReelforgeError(`${target} already exists; choose another folder`);
  }
  for (const [from, name] of files) {
    const target = resolve(dirname(path), name);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(from, target);
  }
  writeFileSync(temp, text, { flag: 'wx' });
  renameSync(temp, path);
  const withFiles = files.length > 0 ? ` (with ${files.map(([, name]) => name).join(', ')})` : '';
  io.err(`exported template "${operands[0]}" to ${path}${withFiles}\n`);
  return 0;
}
