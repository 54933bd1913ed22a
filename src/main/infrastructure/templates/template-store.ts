import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { ReelforgeError, ScriptValidationError } from '#core/errors.js';
import { BUILTIN_TEMPLATES } from '#core/templates/builtin-templates.js';
import type { TemplateAssets } from '#core/templates/template-logo.js';
import { TEMPLATE_ID_PATTERN, type ReelforgeTemplate } from '#core/templates/template-schema.js';
import {
  ffprobeImageProbe,
  ffprobeVideoProbe,
  templateBackgroundMedia,
  templateFontFiles,
  templateLogoImage,
  templateMusicFile,
  type ImageProbe,
  type VideoProbe,
} from './template-assets.js';
import { checkTemplateFonts, parseTemplateText, templateToText, withTemplateLines } from './template-file.js';
import {
  backgroundKindOf,
  TEMPLATE_FILE_EXTENSIONS,
  templateFileName,
  type TemplateFileUse,
} from './template-file-uses.js';

/** The folder under the data dir that holds user templates. */
export const TEMPLATES_FOLDER = 'templates';

export interface StoredTemplate {
  readonly template: ReelforgeTemplate;
  readonly builtIn: boolean;
  /** The file a user template is read from. */
  readonly path?: string;
}

/**
 * The built-in templates and the user's, one JSON file each in `<data dir>/templates`. Files are
 * read on every call, so a template edited by hand is picked up by the next render. A user
 * template may not reuse a built-in id (the built-ins are what channels fall back on).
 */
export class TemplateStore {
  /** `probeImage` checks a logo is an image and reads its size (ffprobe on the PATH by default). */
  constructor(
    readonly folder: string,
    readonly probeImage: ImageProbe = ffprobeImageProbe(() => undefined, process.env),
    readonly probeVideo: VideoProbe = ffprobeVideoProbe(() => undefined, process.env),
  ) {}

  /** Every template, built-ins first; a user file that does not parse is reported in `problems`. */
  list(): { templates: StoredTemplate[]; problems: ScriptValidationError[] } {
    const templates: StoredTemplate[] = BUILTIN_TEMPLATES.map((template) => ({ template, builtIn: true }));
    const problems: ScriptValidationError[] = [];
    for (const path of this.#files()) {
      try {
        templates.push({ template: this.#read(path), builtIn: false, path });
      } catch (error) {
        if (error instanceof ScriptValidationError) problems.push(error);
        else throw error;
      }
    }
    return { templates, problems };
  }

  get(id: string): StoredTemplate | undefined {
    const builtIn = BUILTIN_TEMPLATES.find((t) => t.id === id);
    if (builtIn) return { template: builtIn, builtIn: true };
    const path = join(this.folder, `${id}.json`);
    if (!TEMPLATE_ID_PATTERN.test(id) || !existsSync(path)) return undefined;
    return { template: this.#read(path), builtIn: false, path };
  }

  /** The template `id`; an unknown id is a ReelforgeError listing the known ones. */
  require(id: string): ReelforgeTemplate {
    const found = this.get(id);
    if (found) return found.template;
    throw new ReelforgeError(`unknown template "${id}"; known templates: ${this.knownIds().join(', ')}`);
  }

  /**
   * The files template `id` points at (its logo), resolved in the templates folder and checked on
   * every call (a file replaced by hand is seen by the next render). Built-ins have none.
   */
  assetsOf(id: string): TemplateAssets {
    const found = this.get(id);
    return found?.path ? this.assetsFor(found.template) : {};
  }

  /** The files `template` points at as if saved here (the editor's unsaved template). */
  assetsFor(template: ReelforgeTemplate): TemplateAssets {
    if (BUILTIN_TEMPLATES.some((t) => t.id === template.id)) return {};
    return this.#assets(template, join(this.folder, `${template.id}.json`), this.folder);
  }

  /** The logo, background, font and music files of `template` (named in `file`), found in `folder` and checked. */
  #assets(template: ReelforgeTemplate, file: string, folder: string): TemplateAssets {
    const { kind, file: media } = template.background;
    const probes = { image: this.probeImage, video: this.probeVideo };
    return {
      ...(template.logo
        ? { logo: templateLogoImage(file, template.logo.file, this.probeImage, folder) }
        : {}),
      ...((kind === 'image' || kind === 'video') && media !== undefined
        ? { background: templateBackgroundMedia(file, kind, media, probes, folder) }
        : {}),
      ...(template.fonts.files?.length
        ? { fonts: templateFontFiles(file, template.fonts.files, folder) }
        : {}),
      ...(template.music?.file !== undefined
        ? { music: templateMusicFile(file, template.music.file, folder) }
        : {}),
    };
  }

  knownIds(): string[] {
    return this.list().templates.map((t) => t.template.id);
  }

  /**
   * Checks the template in `text` (from `file`) and saves it as a user template, under `newId`
   * when given. Refuses a built-in id, an id already taken and a font family neither shipped nor
   * in its `fonts.files`; returns the saved template.
   * `assetsFrom`: the folder the template file is in (an import from disk); its logo is checked
   * there and copied to `<id>.files/` in the templates folder. Without it (text from the page) the
   * logo must already be in the templates folder: nothing outside it is ever read.
   */
  import(text: string, file: string, newId?: string, assetsFrom?: string): StoredTemplate {
    const parsed = parseTemplateText(text, file);
    if (newId !== undefined && !TEMPLATE_ID_PATTERN.test(newId)) {
      throw new ReelforgeError(`--id "${newId}": use lower-case letters, digits and dashes (at most 63)`);
    }
    const template: ReelforgeTemplate = { ...parsed, id: newId ?? parsed.id };
    checkTemplateFonts(template, file, text);
    if (BUILTIN_TEMPLATES.some((t) => t.id === template.id)) {
      throw new ReelforgeError(
        `${file}: template id "${template.id}" is built in; import it under a new id with --id <new-id>`,
      );
    }
    const path = join(this.folder, `${template.id}.json`);
    if (existsSync(path)) {
      throw new ReelforgeError(
        `a template "${template.id}" already exists (${path}); choose another id with --id`,
      );
    }
    if (assetsFrom !== undefined) {
      // Files next to the imported template are checked there and copied in beside it.
      const found = withLinesIn(text, () => this.#assets(template, file, assetsFrom));
      const copy = (path: string) => {
        const stored = `${template.id}.files/${basename(path)}`;
        mkdirSync(join(this.folder, `${template.id}.files`), { recursive: true });
        const temp = join(this.folder, `${stored}.${process.pid}.tmp`);
        copyFileSync(path, temp);
        renameSync(temp, join(this.folder, stored));
        return stored;
      };
      return this.#write({
        ...template,
        ...(template.logo && found.logo ? { logo: { ...template.logo, file: copy(found.logo.path) } } : {}),
        ...(found.background
          ? { background: { ...template.background, file: copy(found.background.path) } }
          : {}),
        ...(found.fonts
          ? {
              fonts: {
                ...template.fonts,
                files: found.fonts.map((font) => ({ family: font.family, file: copy(font.path) })),
              },
            }
          : {}),
        ...(template.music && found.music
          ? { music: { ...template.music, file: copy(found.music.path) } }
          : {}),
      });
    }
    withLinesIn(text, () => this.#checkFiles(template, file));
    return this.#write(template);
  }

  /**
   * Saves an already checked template as a user template, replacing the user template of that id
   * (the desktop editor's Save). A built-in id is refused: built-ins are never overwritten; so is
   * a font family neither shipped nor in its `fonts.files`, as on import.
   */
  save(template: ReelforgeTemplate): StoredTemplate {
    if (!TEMPLATE_ID_PATTERN.test(template.id)) {
      throw new ReelforgeError(`template id "${template.id}": use lower-case letters, digits and dashes`);
    }
    if (BUILTIN_TEMPLATES.some((t) => t.id === template.id)) {
      throw new ReelforgeError(`template "${template.id}" is built in; save it under a new id`);
    }
    const file = join(this.folder, `${template.id}.json`);
    checkTemplateFonts(template, file);
    this.#checkFiles(template, file);
    return this.#write(template);
  }

  /**
   * Keeps `bytes` (a file the user chose for the editor) next to user template `id`, as
   * `<id>.files/<name>`, once it is checked to be what `use` needs (a picture or video ffprobe
   * decodes, a picture, a TrueType/OpenType font); returns the name the template's field takes.
   * The file is checked under a temporary name, so a bad one never replaces a good one.
   */
  addFile(
    id: string,
    use: TemplateFileUse,
    name: string,
    bytes: Uint8Array,
  ): { file: string; kind?: 'image' | 'video' } {
    const found = this.get(id);
    if (!found) throw new ReelforgeError(`unknown template "${id}"`);
    if (found.builtIn) throw new ReelforgeError(`template "${id}" is built in; duplicate it under a new id`);
    const safe = templateFileName(name, use);
    if (!safe) {
      throw new ReelforgeError(
        `${basename(name)}: a ${use} file must be ${TEMPLATE_FILE_EXTENSIONS[use].map((e) => `.${e}`).join(', ')}`,
      );
    }
    const file = `${id}.files/${safe}`;
    const pending = `${id}.files/.adding-${process.pid}-${safe}`;
    mkdirSync(join(this.folder, `${id}.files`), { recursive: true });
    writeFileSync(join(this.folder, pending), bytes);
    try {
      this.#checkFile(join(this.folder, `${id}.json`), use, pending);
      renameSync(join(this.folder, pending), join(this.folder, file));
    } catch (error) {
      if (!(error instanceof ScriptValidationError)) throw error;
      // Said of the file the user chose, not of the temporary name it was checked under.
      const reasons = error.issues.map((issue) => issue.message.replace(pending, safe));
      throw new ReelforgeError(`${use}: ${reasons.join('; ')}`);
    } finally {
      rmSync(join(this.folder, pending), { force: true });
    }
    return { file, ...(use === 'background' ? { kind: backgroundKindOf(safe) } : {}) };
  }

  /** Checks one file (relative to the templates folder) is what `use` needs, as a render would. */
  #checkFile(templateFile: string, use: TemplateFileUse, file: string): void {
    if (use === 'logo') templateLogoImage(templateFile, file, this.probeImage, this.folder);
    else if (use === 'font') templateFontFiles(templateFile, [{ family: 'check', file }], this.folder);
    else {
      const probes = { image: this.probeImage, video: this.probeVideo };
      templateBackgroundMedia(templateFile, backgroundKindOf(file), file, probes, this.folder);
    }
  }

  /** Files named by a template saved as it is must be inside the templates folder, and decodable. */
  #checkFiles(template: ReelforgeTemplate, file: string): void {
    this.#assets(template, file, this.folder);
  }

  #write(template: ReelforgeTemplate): StoredTemplate {
    const path = join(this.folder, `${template.id}.json`);
    mkdirSync(this.folder, { recursive: true });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, templateToText(template), { flag: 'wx' });
    renameSync(temp, path);
    return { template, builtIn: false, path };
  }

  #files(): string[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(this.folder, name));
  }

  #read(path: string): ReelforgeTemplate {
    return parseTemplateText(readFileSync(path, 'utf8'), path);
  }
}

/** `check`'s result; a file problem it throws names its line in `text`, the template as written. */
function withLinesIn<T>(text: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw error instanceof ScriptValidationError ? withTemplateLines(error, text) : error;
  }
}
