import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ReelforgeError, ScriptValidationError, formatValidationIssue } from '#core/errors.js';
import { templateSchema, type ReelforgeTemplate } from '#core/templates/template-schema.js';
import type { StoredTemplate, TemplateStore } from '../../../infrastructure/templates/index.js';
import {
  templateIssueMessage,
  templateToText,
  withPageImage,
} from '../../../infrastructure/templates/index.js';
import { TEMPLATE_FILE_EXTENSIONS } from '../../../infrastructure/templates/template-file-uses.js';
import {
  ApiCallError,
  TEMPLATE_UPLOAD_MAX_BYTES,
  type ApiHandlers,
} from '#shared/api-contract.js';
import type { TemplateEntry } from '#shared/template-api-types.js';
import type { ApiHandlerDeps } from '../create-api-handlers.js';
import { templatePoster } from '../../../application/templates/template-poster.js';
import { templatePreviewTimeline } from '../../../application/templates/template-preview.js';

/** Under the data dir: rendered poster frames, by template content hash. */
const POSTERS_FOLDER = 'template-posters';

type TemplateCalls =
  | 'templates.list'
  | 'templates.get'
  | 'templates.save'
  | 'templates.duplicate'
  | 'templates.import'
  | 'templates.export'
  | 'templates.addFile'
  | 'templates.poster'
  | 'templates.previewTimeline';

/**
 * Templates for the desktop view. The page never names a path: ids match the template id pattern
 * (checked by the contract and again by the store), imports arrive as the picked file's text and
 * exports leave as text, so nothing outside `<data dir>/templates` is read or written, and
 * built-ins are never overwritten.
 */
export function templatesHandlers({
  templates,
  service,
  registry,
  config,
  platform,
}: ApiHandlerDeps): Pick<ApiHandlers, TemplateCalls> {
  // One poster render at a time: a gallery asks for all of them at once.
  let posterQueue: Promise<unknown> = Promise.resolve();
  const store = (): TemplateStore => {
    if (!templates) throw new ApiCallError('failed', 'templates are not available in this app');
    return templates;
  };
  const find = (id: string): StoredTemplate => {
    const found = guarded(() => store().get(id));
    if (!found) throw new ApiCallError('not-found', `unknown template "${id}"`);
    return found;
  };
  const refuseBuiltIn = (id: string) => {
    if (store().get(id)?.builtIn) {
      throw new ApiCallError('forbidden', `template "${id}" is built in; duplicate it under a new id`);
    }
  };
  return {
    'templates.list': async () => {
      const { templates: all, problems } = store().list();
      return { templates: all.map(entry), problems: problems.map(describeProblems) };
    },
    'templates.get': async ({ id }) => entry(find(id)),
    'templates.save': async ({ template }) => {
      const checked = checkedTemplate('templates.save', template);
      refuseBuiltIn(checked.id);
      return entry(guarded(() => store().save(checked)));
    },
    'templates.previewTimeline': async ({ template }) => {
      const checked = checkedTemplate('templates.previewTimeline', template);
      // Its logo only from inside the templates folder, checked there, as a data URL.
      const assets = guarded(() => withPageImage(store().assetsFor(checked)));
      return guardedAsync(templatePreviewTimeline((input) => service.prepare(input), checked, assets));
    },
    'templates.duplicate': async ({ id, newId }) => {
      const source = find(id);
      if (store().get(newId))
        throw new ApiCallError('invalid-payload', `a template "${newId}" already exists`);
      const copy = { ...source.template, id: newId, name: `${source.template.name} (copy)` };
      return entry(guarded(() => store().save(copy)));
    },
    'templates.import': async ({ name, content, id }) =>
      entry(guarded(() => store().import(content, name, id))),
    'templates.export': async ({ id }) => ({
      fileName: `${id}.json`,
      content: templateToText(find(id).template),
    }),
    'templates.addFile': async ({ id, use, upload }) => {
      refuseBuiltIn(id);
      find(id);
      if (upload) {
        const bytes = Buffer.from(upload.dataBase64, 'base64');
        if (bytes.length > TEMPLATE_UPLOAD_MAX_BYTES) throw tooLarge(upload.name);
        return guarded(() => store().addFile(id, use, upload.name, bytes));
      }
      // The desktop: the user chooses the file in a dialog main opens; the page learns its new name.
      if (!platform.chooseFile) {
        throw new ApiCallError(
          'failed',
          'choosing a file here needs the desktop app: pick the file in the page',
        );
      }
      const chosen = await platform.chooseFile({
        title: `Choose the template's ${use}`,
        filters: [{ name: `${use} files`, extensions: TEMPLATE_FILE_EXTENSIONS[use] }],
      });
      if (chosen === undefined) return { cancelled: true as const };
      if ((await stat(chosen)).size > TEMPLATE_UPLOAD_MAX_BYTES) throw tooLarge(basename(chosen));
      const bytes = await readFile(chosen);
      return guarded(() => store().addFile(id, use, basename(chosen), bytes));
    },
    'templates.poster': async ({ id }) => {
      const { template } = find(id);
      const deps = {
        cacheDir: join(config.dataDir, POSTERS_FOLDER),
        prepare: service.prepare.bind(service),
        renderer: registry.get('ffmpeg'),
      };
      const render = posterQueue.then(() => templatePoster(deps, template, AbortSignal.timeout(120_000)));
      posterQueue = render.catch(() => undefined);
      const path = await guardedAsync(render);
      return { dataUrl: `data:image/jpeg;base64,${(await readFile(path)).toString('base64')}` };
    },
  };
}

function tooLarge(name: string): ApiCallError {
  const limit = TEMPLATE_UPLOAD_MAX_BYTES / (1024 * 1024);
  return new ApiCallError(
    'invalid-payload',
    `${basename(name)}: larger than ${limit} MB, the most a template file may be`,
  );
}

function entry(stored: StoredTemplate): TemplateEntry {
  return { template: stored.template, builtIn: stored.builtIn };
}

function describeProblems(error: ScriptValidationError): string {
  return error.issues.map(formatValidationIssue).join('\n');
}

/** Store errors become messages for the page: every schema problem, each naming its field and line. */
function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ScriptValidationError) {
      throw new ApiCallError('invalid-payload', describeProblems(error));
    }
    if (error instanceof ReelforgeError) {
      const builtIn = /is built in/.test(error.message);
      throw new ApiCallError(builtIn ? 'forbidden' : 'invalid-payload', error.message);
    }
    throw error;
  }
}

async function guardedAsync<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    return guarded(() => {
      throw error;
    });
  }
}

/** A template the page sent, checked; the error names the call and the field, worded as on import. */
function checkedTemplate(call: string, template: unknown): ReelforgeTemplate {
  const checked = templateSchema.safeParse(template);
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0]!;
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = path.length > 0 ? path.join('.') : 'template';
  throw new ApiCallError(
    'invalid-payload',
    `${call}: template.${field}: ${templateIssueMessage(issue, template)}`,
  );
}
